package org.magent.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.commons.math3.complex.Complex;
import org.magent.masterequation.BathParameters;
import org.magent.qubits.state.DensityMatrix;

/** The JSON conventions of magent's output: pretty-printed, complex numbers as {"re": …, "im": …}. */
public final class Json {

    /** The shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * A new empty object.
     *
     * @return the node
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A complex number as {@code {"re": x, "im": y}}.
     *
     * @param z the number
     * @return the node
     */
    public static ObjectNode complex(Complex z) {
        return object().put("re", z.getReal()).put("im", z.getImaginary());
    }

    /**
     * Writes the master-equation coefficients into an object under the keys a, at, A, At, Jperp, Jz, D, d, Dd
     * (complex ones as {"re", "im"}) and longitudinal_computed.
     *
     * @param target the object to fill
     * @param b the coefficients (natural units, energy)
     * @return the target
     */
    public static ObjectNode putBath(ObjectNode target, BathParameters b) {
        target.put("a", b.a());
        target.put("at", b.aTilde());
        target.set("A", complex(b.coupling()));
        target.set("At", complex(b.couplingTilde()));
        target.put("Jperp", b.jPerp());
        target.put("Jz", b.jz());
        target.put("D", b.dmi());
        target.put("d", b.dephasing());
        target.set("Dd", complex(b.dephasingCoupling()));
        if (!b.locallySymmetric()) {
            // each qubit's local terms at its own splitting: a, at, d are qubit 1's
            target.put("a2", b.a2());
            target.put("at2", b.aTilde2());
            target.put("d2", b.dephasing2());
        }
        target.put("longitudinal_computed", b.longitudinalComputed());
        return target;
    }

    /**
     * A 4×4 density matrix as {@code {"basis": [...], "re": [[…]], "im": [[…]]}}.
     *
     * @param rho the matrix
     * @return the node
     */
    public static ObjectNode matrix(DensityMatrix rho) {
        ObjectNode n = object();
        ArrayNode basis = n.putArray("basis");
        for (String b : DensityMatrix.BASIS) {
            basis.add(b);
        }
        ArrayNode re = n.putArray("re");
        ArrayNode im = n.putArray("im");
        for (int i = 0; i < DensityMatrix.DIM; i++) {
            ArrayNode rr = re.addArray();
            ArrayNode ri = im.addArray();
            for (int j = 0; j < DensityMatrix.DIM; j++) {
                rr.add(rho.re(i, j));
                ri.add(rho.im(i, j));
            }
        }
        return n;
    }

    /**
     * Writes a node, pretty-printed, followed by a newline.
     *
     * @param w where to write
     * @param node the node
     */
    public static void write(PrintWriter w, ObjectNode node) {
        try {
            w.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
