package io.switchboard.host.surveys;

import io.switchboard.host.conversations.ChannelAccess;
import io.switchboard.host.conversations.InboundAnswers;
import io.switchboard.host.conversations.StatusChangeListener;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.plugins.PluginHost;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The survey feature wired in one place: what the conversation code calls (on resolution, on a
 * customer message), the sender, the REST and page resources and the {@link SurveyAnswers}
 * service reports use. Works with none, one or all survey plugins installed.
 */
public final class Surveys implements AutoCloseable {

    private final SurveyScheduler scheduler;
    private final InboundSurveyAnswers inbound;
    private final SurveySettingsStore settings;
    private final SurveyLinks links;
    private final AnswerRecorder recorder;
    private final SurveyAnswers answers;
    private final SurveyAdmin admin;
    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginHost plugins;
    private SurveySender sender;

    public Surveys(Jdbi jdbi, Clock clock, PluginHost plugins, Supplier<URI> publicUrl) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.settings = new SurveySettingsStore(jdbi, clock);
        byte[] key = settings.desk().linkKey();
        this.links = new SurveyLinks(() -> key, publicUrl);
        this.scheduler = new SurveyScheduler(plugins, settings);
        this.recorder = new AnswerRecorder(settings);
        this.inbound = new InboundSurveyAnswers(plugins, recorder);
        this.answers = new SurveyAnswers(jdbi, plugins, settings);
        this.admin = new SurveyAdmin(plugins, settings);
    }

    public StatusChangeListener onStatusChange() {
        return scheduler;
    }

    public InboundAnswers inboundAnswers() {
        return inbound;
    }

    /** Starts sending due surveys through the outbox ({@code outboxWakeUp} nudges delivery). */
    public void startSending(ChannelAccess channels, LiveHub live, Runnable outboxWakeUp) {
        sender = new SurveySender(jdbi, clock, plugins, settings, channels, links, live, outboxWakeUp);
        sender.start();
    }

    /** Sends every survey due now at once instead of at the next poll (tests, a manual nudge). */
    public int sendDue() {
        return sender == null ? 0 : sender.sendDue();
    }

    /** Answers, distributions and scores for reports. */
    public SurveyAnswers answers() {
        return answers;
    }

    public List<Object> resources() {
        return List.of(new SurveyResource(new SurveyQueries(jdbi), answers, admin), new SurveyAdminResource(admin),
                new SurveyPageResource(jdbi, clock, plugins, settings, links, recorder));
    }

    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
    }
}
