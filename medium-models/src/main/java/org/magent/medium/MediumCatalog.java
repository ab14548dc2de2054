package org.magent.medium;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.magent.validation.InvalidInputException;

/** All registered medium models, looked up by name. */
public final class MediumCatalog {

    private final Map<String, MediumModel> models;

    /**
     * Creates the catalog.
     *
     * @param models registered name to model; each key must equal the model's {@link MediumModel#name()}
     * @throws IllegalArgumentException when a key differs from its model's name
     */
    public MediumCatalog(Map<String, MediumModel> models) {
        Objects.requireNonNull(models, "models");
        models.forEach((key, model) -> {
            if (!key.equals(model.name())) {
                throw new IllegalArgumentException("medium registered as '" + key + "' names itself '"
                        + model.name() + "'");
            }
        });
        this.models = new TreeMap<>(models);
    }

    /**
     * The model registered under a name.
     *
     * @param name the medium name
     * @return the model
     * @throws InvalidInputException when no medium has that name; the message lists the valid names
     */
    public MediumModel get(String name) {
        MediumModel model = name == null ? null : models.get(name.trim());
        if (model == null) {
            throw new InvalidInputException("medium", "medium = " + name + " is unknown; valid media: "
                    + String.join(", ", models.keySet()));
        }
        return model;
    }

    /**
     * Every registered model.
     *
     * @return the models sorted by name
     */
    public List<MediumModel> all() {
        return models.values().stream().sorted(Comparator.comparing(MediumModel::name)).toList();
    }
}
