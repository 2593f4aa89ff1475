package vn.partytrack.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "A + B - 2": indicator codes and whole numbers added and subtracted; the language of the catalogue's rules. */
public final class SumExpression {

    private record Term(int sign, String code, BigDecimal constant) {
    }

    private final List<Term> terms;

    private SumExpression(List<Term> terms) {
        this.terms = terms;
    }

    public static SumExpression parse(String text) {
        List<Term> terms = new ArrayList<>();
        int sign = 1;
        for (String token : text.trim().split("\\s+")) {
            switch (token) {
                case "+" -> sign = 1;
                case "-" -> sign = -1;
                default -> {
                    if (token.matches("[0-9]+")) {
                        terms.add(new Term(sign, null, new BigDecimal(token)));
                    } else if (token.matches("[A-Z][A-Z0-9_]*")) {
                        terms.add(new Term(sign, token, null));
                    } else {
                        throw new IllegalArgumentException("Cannot read '" + token + "' in rule expression '" + text + "'");
                    }
                    sign = 1;
                }
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("Empty rule expression");
        }
        return new SumExpression(List.copyOf(terms));
    }

    /** The sum, or null when a code it names has no value. */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : terms) {
            BigDecimal v = t.code() == null ? t.constant() : values.get(t.code());
            if (v == null) {
                return null;
            }
            sum = t.sign() > 0 ? sum.add(v) : sum.subtract(v);
        }
        return sum;
    }
}
