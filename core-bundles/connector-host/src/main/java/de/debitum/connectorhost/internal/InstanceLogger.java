package de.debitum.connectorhost.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger for connector code that puts {@code tenant=… instance=…} in front of every line, so
 * that one instance's lines can be found among all tenants' lines.
 */
final class InstanceLogger extends MarkerIgnoringBase {

    private static final long serialVersionUID = 1L;

    private final transient Logger delegate;
    private final String prefix;

    InstanceLogger(String typeId, String tenant, String instanceId) {
        this.delegate = LoggerFactory.getLogger("de.debitum.connector." + typeId);
        this.prefix = "tenant=" + tenant + " instance=" + instanceId + " | ";
        this.name = delegate.getName();
    }

    private String format(String format, Object... arguments) {
        return prefix + MessageFormatter.arrayFormat(format, arguments).getMessage();
    }

    private static Throwable throwableOf(Object... arguments) {
        return MessageFormatter.arrayFormat("", arguments).getThrowable();
    }

    @Override public boolean isTraceEnabled() { return delegate.isTraceEnabled(); }
    @Override public void trace(String msg) { delegate.trace(prefix + msg); }
    @Override public void trace(String format, Object arg) { if (isTraceEnabled()) { delegate.trace(format(format, arg), throwableOf(arg)); } }
    @Override public void trace(String format, Object arg1, Object arg2) { if (isTraceEnabled()) { delegate.trace(format(format, arg1, arg2), throwableOf(arg1, arg2)); } }
    @Override public void trace(String format, Object... arguments) { if (isTraceEnabled()) { delegate.trace(format(format, arguments), throwableOf(arguments)); } }
    @Override public void trace(String msg, Throwable t) { delegate.trace(prefix + msg, t); }

    @Override public boolean isDebugEnabled() { return delegate.isDebugEnabled(); }
    @Override public void debug(String msg) { delegate.debug(prefix + msg); }
    @Override public void debug(String format, Object arg) { if (isDebugEnabled()) { delegate.debug(format(format, arg), throwableOf(arg)); } }
    @Override public void debug(String format, Object arg1, Object arg2) { if (isDebugEnabled()) { delegate.debug(format(format, arg1, arg2), throwableOf(arg1, arg2)); } }
    @Override public void debug(String format, Object... arguments) { if (isDebugEnabled()) { delegate.debug(format(format, arguments), throwableOf(arguments)); } }
    @Override public void debug(String msg, Throwable t) { delegate.debug(prefix + msg, t); }

    @Override public boolean isInfoEnabled() { return delegate.isInfoEnabled(); }
    @Override public void info(String msg) { delegate.info(prefix + msg); }
    @Override public void info(String format, Object arg) { if (isInfoEnabled()) { delegate.info(format(format, arg), throwableOf(arg)); } }
    @Override public void info(String format, Object arg1, Object arg2) { if (isInfoEnabled()) { delegate.info(format(format, arg1, arg2), throwableOf(arg1, arg2)); } }
    @Override public void info(String format, Object... arguments) { if (isInfoEnabled()) { delegate.info(format(format, arguments), throwableOf(arguments)); } }
    @Override public void info(String msg, Throwable t) { delegate.info(prefix + msg, t); }

    @Override public boolean isWarnEnabled() { return delegate.isWarnEnabled(); }
    @Override public void warn(String msg) { delegate.warn(prefix + msg); }
    @Override public void warn(String format, Object arg) { if (isWarnEnabled()) { delegate.warn(format(format, arg), throwableOf(arg)); } }
    @Override public void warn(String format, Object arg1, Object arg2) { if (isWarnEnabled()) { delegate.warn(format(format, arg1, arg2), throwableOf(arg1, arg2)); } }
    @Override public void warn(String format, Object... arguments) { if (isWarnEnabled()) { delegate.warn(format(format, arguments), throwableOf(arguments)); } }
    @Override public void warn(String msg, Throwable t) { delegate.warn(prefix + msg, t); }

    @Override public boolean isErrorEnabled() { return delegate.isErrorEnabled(); }
    @Override public void error(String msg) { delegate.error(prefix + msg); }
    @Override public void error(String format, Object arg) { if (isErrorEnabled()) { delegate.error(format(format, arg), throwableOf(arg)); } }
    @Override public void error(String format, Object arg1, Object arg2) { if (isErrorEnabled()) { delegate.error(format(format, arg1, arg2), throwableOf(arg1, arg2)); } }
    @Override public void error(String format, Object... arguments) { if (isErrorEnabled()) { delegate.error(format(format, arguments), throwableOf(arguments)); } }
    @Override public void error(String msg, Throwable t) { delegate.error(prefix + msg, t); }
}
