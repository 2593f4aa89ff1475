package vn.partytrack.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{reportView.error(e.field)}}, {@code #{'status.'.concat(r.status())}})
 * with the method looked up once per class, name and number of arguments. The EL's own resolver asks the class for
 * all its public methods on every call, and the JDK copies each of them (a Weld proxy has hundreds): the largest single
 * cost in the profile of a rendered page (BENCHMARKS.md, issue 19). A call this resolver cannot settle alone (no such
 * method, several with that name and number of arguments, variable arguments, a method it may not call) goes on to
 * the EL's resolver as before; the arguments are converted as the EL converts them.
 */
public class MethodCalls extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || paramTypes != null) {
            return null;
        }
        int count = params == null ? 0 : params.length;
        Method m = METHODS.get(base.getClass()).computeIfAbsent(name + '/' + count, k -> only(base, name, count)).orElse(null);
        if (m == null) {
            return null;
        }
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        Object result;
        try {
            result = m.invoke(base, args);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one public method of that name and number of arguments that can be called as it is, if there is one. */
    private static Optional<Method> only(Object base, String name, int count) {
        Method found = null;
        for (Method m : base.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == count && !m.isBridge()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = m;
            }
        }
        if (found == null || found.isVarArgs() || Modifier.isStatic(found.getModifiers()) || !found.canAccess(base)) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
