package io.switchboard.host;

import io.switchboard.api.PluginApi;
import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.host.availability.AgentAvailabilityResource;
import io.switchboard.host.availability.AvailabilityService;
import io.switchboard.host.availability.AvailabilityStore;
import io.switchboard.host.canned.CannedRenderResource;
import io.switchboard.host.canned.CannedReplies;
import io.switchboard.host.canned.CannedReplyResource;
import io.switchboard.host.channels.ChannelAdmin;
import io.switchboard.host.channels.ChannelAdminResource;
import io.switchboard.host.channels.ChannelDependents;
import io.switchboard.host.channels.ChannelDirectoryResource;
import io.switchboard.host.channels.ChannelInstanceStore;
import io.switchboard.host.channels.ChannelInstanceView;
import io.switchboard.host.channels.ChannelRegistry;
import io.switchboard.host.channels.DefaultChannels;
import io.switchboard.host.channels.PollScheduler;
import io.switchboard.host.channels.RegisteredChannels;
import io.switchboard.host.channels.SecretBox;
import io.switchboard.host.channels.WebhookDispatcher;
import io.switchboard.host.channels.WebhookResource;
import io.switchboard.host.audit.AdminRequestAudit;
import io.switchboard.host.audit.AuditLog;
import io.switchboard.host.audit.AuditResource;
import io.switchboard.host.config.HostConfig;
import io.switchboard.host.contacts.ContactAttributeResource;
import io.switchboard.host.contacts.ContactAttributes;
import io.switchboard.host.contacts.ContactEdits;
import io.switchboard.host.contacts.ContactResource;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.conversations.AttachmentResource;
import io.switchboard.host.conversations.CallPlacement;
import io.switchboard.host.conversations.CallResource;
import io.switchboard.host.conversations.ChannelAccess;
import io.switchboard.host.conversations.ChannelTypes;
import io.switchboard.host.conversations.ConversationActions;
import io.switchboard.host.conversations.ConversationQueries;
import io.switchboard.host.conversations.ConversationResource;
import io.switchboard.host.conversations.ConversationStore;
import io.switchboard.host.conversations.DraftNotesResource;
import io.switchboard.host.conversations.DraftNotesService;
import io.switchboard.host.conversations.EventLog;
import io.switchboard.host.conversations.InboundIngestor;
import io.switchboard.host.conversations.IngestHooks;
import io.switchboard.host.conversations.MessageStore;
import io.switchboard.host.conversations.ReadPositions;
import io.switchboard.host.conversations.ReplyService;
import io.switchboard.host.delivery.DeliveryWorker;
import io.switchboard.host.hours.CalendarAdminResource;
import io.switchboard.host.hours.CalendarStore;
import io.switchboard.host.hours.ChannelAvailabilityResource;
import io.switchboard.host.hours.ResponseTimes;
import io.switchboard.host.followups.FollowUpResource;
import io.switchboard.host.followups.FollowUpScheduler;
import io.switchboard.host.followups.FollowUps;
import io.switchboard.host.live.EventStreamResource;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.metrics.Metrics;
import io.switchboard.host.plugins.PluginAdminResource;
import io.switchboard.host.plugins.PluginCallProblems;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.plugins.SigningKeyResource;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.reports.MetricReports;
import io.switchboard.host.reports.ReportResource;
import io.switchboard.host.reports.SurveyReports;
import io.switchboard.host.routing.Router;
import io.switchboard.host.routing.RoutingAdminResource;
import io.switchboard.host.routing.RuleStore;
import io.switchboard.host.search.SearchResource;
import io.switchboard.host.sla.ConversationSlaResource;
import io.switchboard.host.sla.SlaPolicyAdminResource;
import io.switchboard.host.sla.SlaPolicyStore;
import io.switchboard.host.sla.SlaQueries;
import io.switchboard.host.sla.SlaResource;
import io.switchboard.host.sla.SlaTracker;
import io.switchboard.host.store.Database;
import io.switchboard.host.tags.ConversationTags;
import io.switchboard.host.tags.TagReportResource;
import io.switchboard.host.tags.TagReports;
import io.switchboard.host.tags.TagResource;
import io.switchboard.host.surveys.SurveyReportSource;
import io.switchboard.host.surveys.Surveys;
import io.switchboard.host.teams.TeamAdminResource;
import io.switchboard.host.teams.TeamStore;
import io.switchboard.host.triage.PriorityResource;
import io.switchboard.host.triage.SeverityResource;
import io.switchboard.host.triage.Triage;
import io.switchboard.host.users.AdminBootstrap;
import io.switchboard.host.users.AuthResource;
import io.switchboard.host.users.TokenStore;
import io.switchboard.host.users.UserAdminResource;
import io.switchboard.host.users.UserChanges;
import io.switchboard.host.users.UserDirectoryResource;
import io.switchboard.host.users.UserStore;
import io.switchboard.host.web.HealthResource;
import io.switchboard.host.web.OpenApiResource;
import io.switchboard.host.web.WebServer;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * A running desk: database, plugins, delivery, polling and the HTTP API, wired by hand in
 * dependency order and closed in reverse. {@link #start(HostConfig)} is what {@code Main} and
 * the tests call.
 */
public final class Switchboard implements AutoCloseable {

    private final Deque<AutoCloseable> closeInReverse = new ArrayDeque<>();
    private final HostConfig config;
    private final AtomicReference<URI> publicUrl = new AtomicReference<>();
    private Database database;
    private PluginHost plugins;
    private Metrics metrics;
    private WebServer web;
    private Optional<AdminBootstrap.Credentials> createdAdmin = Optional.empty();
    private Optional<ChannelInstanceView> createdWebChat = Optional.empty();
    private Surveys surveys;

    private Switchboard(HostConfig config) {
        this.config = config;
    }

    public static Switchboard start(HostConfig config) {
        Switchboard desk = new Switchboard(config);
        try {
            desk.boot();
            return desk;
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    private void boot() {
        Clock clock = config.clock();
        database = own(Database.open(config.dbUrl(), config.dataDir()));
        Jdbi jdbi = database.jdbi();
        UserStore users = new UserStore(jdbi, clock);
        TokenStore tokens = new TokenStore(jdbi, clock, users);
        createdAdmin = AdminBootstrap.ensureAdmin(users, config.adminEmail(), config.adminPassword());

        LiveHub live = own(new LiveHub());
        AuditLog audit = new AuditLog(jdbi, clock);
        plugins = own(new PluginHost(config.pluginRoots(), config.dataDir(), jdbi, clock, audit));
        plugins.start();
        ChannelInstanceStore instances = new ChannelInstanceStore(jdbi, clock,
                SecretBox.create(config.secretKey(), config.dataDir()));
        ChannelRegistry registry = own(new ChannelRegistry(instances, plugins, jdbi, clock, live, publicUrl::get));
        ChannelAccess channelAccess = new RegisteredChannels(registry, instances, plugins);
        ChannelTypes channelTypes = instanceId -> channelAccess.connector(instanceId).map(ChannelConnector::type);

        ContactStore contacts = new ContactStore(jdbi, clock);
        ConversationStore conversations = new ConversationStore(clock);
        MessageStore messages = new MessageStore();
        EventLog events = new EventLog();
        metrics = own(new Metrics(jdbi, clock, plugins));
        FollowUps followUps = new FollowUps(jdbi, clock, live);
        CalendarStore calendars = new CalendarStore(jdbi, clock);
        RuleStore routingRules = new RuleStore(jdbi, clock);
        Surveys surveys = own(new Surveys(jdbi, clock, plugins, publicUrl::get));
        IngestHooks ingestHooks = IngestHooks.NONE
                .withOpened(new Router(clock, routingRules, calendars, conversations, events))
                .withAnswers(surveys.inboundAnswers())
                .withCustomerMessage(followUps);
        InboundIngestor ingestor = new InboundIngestor(jdbi, clock, contacts, conversations, messages, events, live,
                ingestHooks);
        DeliveryWorker delivery = own(new DeliveryWorker(jdbi, clock, messages, registry, ingestor, live));
        ReplyService replies = new ReplyService(jdbi, clock, conversations, messages, events, channelTypes, live,
                delivery::wakeUp);
        ConversationQueries queries = new ConversationQueries(jdbi, messages, channelTypes);
        PollScheduler polling = own(new PollScheduler(instances, registry, plugins, ingestor, clock));
        ChannelAdmin channelAdmin = new ChannelAdmin(instances, registry, plugins, polling);
        plugins.installer().addDependents(new ChannelDependents(instances, channelAdmin));
        SlaPolicyStore slaPolicies = new SlaPolicyStore(jdbi, clock);
        SlaTracker sla = own(new SlaTracker(jdbi, clock, slaPolicies, calendars, live));
        SlaQueries slaQueries = new SlaQueries(jdbi, clock, sla);
        AvailabilityStore availability = new AvailabilityStore(jdbi, clock);

        CannedReplies canned = new CannedReplies(jdbi, clock);
        Triage triage = new Triage(jdbi, live);
        List<Object> resources = new java.util.ArrayList<>(List.of(
                new HealthResource(this::databaseUp, PluginApi.version()),
                new OpenApiResource(),
                new AuthResource(users, tokens, clock),
                new UserAdminResource(users, new UserChanges(users, tokens, live::closeAgentStreamsOf)),
                new UserDirectoryResource(users),
                new ConversationResource(queries, replies,
                        new ConversationActions(jdbi, clock, conversations, events, users, live,
                                surveys.onStatusChange()),
                        new ReadPositions(jdbi, clock)),
                new CallResource(new CallPlacement(jdbi, clock, conversations, channelTypes, channelAccess, live)),
                new DraftNotesResource(new DraftNotesService(jdbi, conversations, channelAccess)),
                new ContactResource(contacts, new ContactEdits(jdbi, contacts), queries),
                new AttachmentResource(jdbi, messages, (instanceId, ref) -> registry.byId(instanceId)
                        .orElseThrow(() -> Problem.unavailable("the channel this file came through is not running"))
                        .instance().fetchAttachment(ref)),
                new PluginAdminResource(plugins),
                new PluginCallProblems(),
                new SigningKeyResource(plugins.signingKeys(), audit),
                new AuditResource(audit),
                new AdminRequestAudit(audit),
                new ChannelAdminResource(channelAdmin),
                new ChannelDirectoryResource(channelAdmin),
                new WebhookResource(new WebhookDispatcher(registry, ingestor), live, publicUrl::get),
                new EventStreamResource(live),
                // Routing, availability, business hours and SLAs (issue 10).
                new TeamAdminResource(new TeamStore(jdbi, clock)),
                new AgentAvailabilityResource(availability, new AvailabilityService(availability, live)),
                new RoutingAdminResource(routingRules),
                new CalendarAdminResource(calendars),
                new ChannelAvailabilityResource(jdbi, clock, calendars, new ResponseTimes(jdbi, clock)),
                new ContactAttributeResource(new ContactAttributes(jdbi, clock, contacts)),
                new SlaPolicyAdminResource(slaPolicies),
                new SlaResource(slaQueries, clock),
                new ConversationSlaResource(slaQueries),
                // Canned replies, tags, priority, follow-ups, search (issue 10 part A).
                new CannedReplyResource(canned), new CannedRenderResource(canned, jdbi),
                new TagResource(new ConversationTags(jdbi, clock, live)),
                new TagReportResource(new TagReports(jdbi, clock), clock),
                new PriorityResource(triage, queries), new SeverityResource(triage, queries),
                new FollowUpResource(followUps), new SearchResource(jdbi, database.dialect()),
                // Metrics and reports (issue 8), survey scores from the survey feature's answers.
                new ReportResource(metrics, new MetricReports(jdbi, metrics.catalog(), metrics.zones()),
                        new SurveyReports(new SurveyReportSource(surveys.answers())))));
        resources.addAll(surveys.resources());
        web = own(WebServer.start(config.bindHost(), config.port(), tokens, resources));
        own(live::closeStreams); // end open event streams before the server stops under them
        publicUrl.set(config.effectivePublicUrl(web.port()));
        createdWebChat = DefaultChannels.ensureWebChat(instances, channelAdmin);
        plugins.onPluginStarted(pluginId -> delivery.retryWaitingForChannels());
        delivery.start(database.dialect() == io.switchboard.host.store.Dialect.H2);
        surveys.startSending(channelAccess, live, delivery::wakeUp);
        this.surveys = surveys;
        polling.start();
        metrics.start();
        sla.start();
        own(new FollowUpScheduler(followUps, java.time.Duration.ofSeconds(1))).start();
    }

    private <T extends AutoCloseable> T own(T resource) {
        closeInReverse.push(resource);
        return resource;
    }

    private boolean databaseUp() {
        try {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public URI publicUrl() {
        return publicUrl.get();
    }

    public int port() {
        return web.port();
    }

    public PluginHost plugins() {
        return plugins;
    }

    public Metrics metrics() {
        return metrics;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    /** Survey answers and scores (for reports), and a way to send due surveys now. */
    public Surveys surveys() {
        return surveys;
    }

    /** The first admin's login when this start created it (an empty desk). */
    public Optional<AdminBootstrap.Credentials> createdAdmin() {
        return createdAdmin;
    }

    /** The web chat instance this start created on an empty desk. */
    public Optional<ChannelInstanceView> createdWebChat() {
        return createdWebChat;
    }

    @Override
    public void close() {
        while (!closeInReverse.isEmpty()) {
            try {
                closeInReverse.pop().close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Switchboard.class).warn("Shutdown step failed", e);
            }
        }
    }
}
