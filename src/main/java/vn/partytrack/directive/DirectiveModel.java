package vn.partytrack.directive;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A model (mô hình) or an exemplary person (điển hình) the unit puts forward. */
@Entity
@Table(name = "directive_model")
public class DirectiveModel {

    /** A good practice, or a person. */
    public enum Kind { MODEL, EXEMPLAR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "implementation_id")
    private DirectiveImplementation implementation;

    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    private String description;

    protected DirectiveModel() {
    }

    DirectiveModel(DirectiveImplementation implementation, int position, Kind kind, String name, String description) {
        this.implementation = implementation;
        this.position = position;
        this.kind = kind;
        this.name = name;
        this.description = description;
    }

    public int getPosition() { return position; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public String getDescription() { return description; }
}
