package vn.partytrack.platform.web;

import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.ELProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real expressions on the EL implementation Payara carries, MethodCalls before the EL's own resolvers as in Faces. */
class MethodCallsTest {

    /** Counts what MethodCalls settled itself, so a test can tell it from the EL's own resolver. */
    static final class Counting extends MethodCalls {
        int settled;

        @Override
        public Object invoke(jakarta.el.ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            Object result = super.invoke(context, base, method, paramTypes, params);
            if (context.isPropertyResolved()) {
                settled++;
            }
            return result;
        }
    }

    public static class Bean {
        public String twice(Long n) { return "2x" + (n * 2); }
        public String join(String a, String b) { return a + "+" + b; }
        public String over(String s) { return "s:" + s; }
        public String over(Long n) { return "n:" + n; }
        public String many(String... parts) { return String.join(",", parts); }
        public String fail() { throw new IllegalStateException("no"); }
    }

    private ELProcessor el;
    private Counting calls;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        calls = new Counting();
        ELManager manager = el.getELManager();
        manager.addELResolver(calls);
        el.defineBean("b", new Bean());
    }

    @Test
    void aMethodIsCalledWithItsArgumentsConvertedAsTheELConvertsThem() {
        ELProcessor plain = new ELProcessor();
        plain.defineBean("b", new Bean());
        for (String expression : new String[] {"b.twice('5')", "b.twice(3.0)", "b.join('x', null)", "b.join(1, 2.5)",
                "'status.'.concat('SUBMITTED')"}) {
            assertEquals((Object) plain.eval(expression), el.eval(expression), expression);
        }
        assertEquals("2x10", el.eval("b.twice('5')"));
        assertEquals(6, calls.settled);
    }

    @Test
    void theSameCallAgainUsesTheMethodFoundTheFirstTime() {
        for (int i = 0; i < 3; i++) {
            assertEquals("2x" + (2 * i), el.eval("b.twice(" + i + ")"));
        }
        assertEquals(3, calls.settled);
    }

    @Test
    void overloadsAndVariableArgumentsAreLeftToTheEL() {
        assertEquals("s:a", el.eval("b.over('a')"));
        assertEquals("a,b", el.eval("b.many('a', 'b')"));
        assertEquals(0, calls.settled);
    }

    @Test
    void aMethodThatFailsFailsAsAnELException() {
        ELException e = assertThrows(ELException.class, () -> el.eval("b.fail()"));
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void propertiesAreNotItsBusiness() {
        assertEquals(3, (Integer) el.eval("'abc'.length()"));
        assertFalse(el.eval("b.class.simpleName").toString().isEmpty());
    }
}
