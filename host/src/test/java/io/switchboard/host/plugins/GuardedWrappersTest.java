package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.survey.SurveyType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guarded wrappers forward every method of the channel, survey and metric SPIs: a method added to the API later
 * (with a default) would otherwise silently reach the default instead of the plugin, unguarded.
 */
class GuardedWrappersTest {

    @Test
    void everyChannelInstanceMethodIsForwardedThroughTheGuard() {
        assertEquals(List.of(), notOverridden(ChannelInstance.class, GuardedChannelInstance.class));
    }

    @Test
    void everyChannelConnectorMethodIsForwardedThroughTheGuard() {
        assertEquals(List.of(), notOverridden(ChannelConnector.class, GuardedChannelConnector.class));
    }

    @Test
    void everySurveyTypeMethodIsForwardedThroughTheGuard() {
        assertEquals(List.of(), notOverridden(SurveyType.class, GuardedSurveyType.class));
    }

    @Test
    void everyMetricTypeMethodIsForwardedThroughTheGuard() {
        assertEquals(List.of(), notOverridden(MetricType.class, GuardedMetricType.class));
    }

    private static List<String> notOverridden(Class<?> api, Class<?> wrapper) {
        return Arrays.stream(api.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> !declares(wrapper, m)).map(Method::getName).toList();
    }

    private static boolean declares(Class<?> wrapper, Method method) {
        try {
            return wrapper.getDeclaredMethod(method.getName(), method.getParameterTypes()) != null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
