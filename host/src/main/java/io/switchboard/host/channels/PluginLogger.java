package io.switchboard.host.channels;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link System.Logger} handed to plugins, writing through the host's SLF4J logging. */
final class PluginLogger implements System.Logger {

    private final Logger delegate;

    PluginLogger(String name) {
        this.delegate = LoggerFactory.getLogger(name);
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return switch (level) {
            case ALL, TRACE -> delegate.isTraceEnabled();
            case DEBUG -> delegate.isDebugEnabled();
            case INFO -> delegate.isInfoEnabled();
            case WARNING -> delegate.isWarnEnabled();
            case ERROR -> delegate.isErrorEnabled();
            case OFF -> false;
        };
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (!isLoggable(level)) {
            return;
        }
        switch (level) {
            case ALL, TRACE -> delegate.trace(msg, thrown);
            case DEBUG -> delegate.debug(msg, thrown);
            case INFO -> delegate.info(msg, thrown);
            case WARNING -> delegate.warn(msg, thrown);
            default -> delegate.error(msg, thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            log(level, bundle, params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                    (Throwable) null);
        }
    }
}
