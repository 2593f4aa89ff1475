package vn.partytrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** A cross-field rule over indicator codes, e.g. MEMBERS_FULL + MEMBERS_PROBATIONARY EQ MEMBERS_TOTAL. */
@Entity
@Table(name = "indicator_rule")
public class IndicatorRule {

    @Id
    private String code;

    @Column(name = "left_expr")
    private String left;

    private String operator;

    @Column(name = "right_expr")
    private String right;

    /** The indicator next to which the message is shown. */
    private String field;

    @Column(name = "message_vi")
    private String messageVi;

    @Column(name = "message_en")
    private String messageEn;

    private boolean active;

    protected IndicatorRule() {
    }

    IndicatorRule(String code, String left, String operator, String right, String field) {
        this.code = code;
        this.left = left;
        this.operator = operator;
        this.right = right;
        this.field = field;
        this.messageVi = code;
        this.messageEn = code;
        this.active = true;
    }

    /** Holds, or cannot be judged yet because a value it needs is missing. */
    public boolean holdsFor(Map<String, BigDecimal> values) {
        BigDecimal l = SumExpression.parse(left).evaluate(values);
        BigDecimal r = SumExpression.parse(right).evaluate(values);
        if (l == null || r == null) {
            return true;
        }
        int c = l.compareTo(r);
        return switch (operator) {
            case "EQ" -> c == 0;
            case "LE" -> c <= 0;
            case "GE" -> c >= 0;
            default -> throw new IllegalStateException("unknown operator " + operator + " in rule " + code);
        };
    }

    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageVi;
    }

    public String getCode() { return code; }
    public String getField() { return field; }
    public boolean isActive() { return active; }
}
