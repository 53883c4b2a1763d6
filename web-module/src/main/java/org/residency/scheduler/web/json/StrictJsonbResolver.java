package org.residency.scheduler.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.format.FormatJsonb;

/** The JSON-B that JAX-RS binds bodies with: unknown properties and wrongly typed scalars are 400s. */
@Provider
public class StrictJsonbResolver implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(FormatJsonb.config());

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
