package org.magent.app.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.magent.masterequation.BathParameters;
import org.magent.validation.InvalidInputException;

class ExplicitRatesTest {

    @Test
    void contractExampleParsesEveryName() {
        ExplicitRates r = ExplicitRates.parse("a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,"
                + "Jperp=0.2,Jz=-0.1,D=0.05,Delta1=1.3,Delta2=0.7");
        BathParameters b = r.bath();
        assertEquals(1.0, b.a(), 0.0);
        assertEquals(0.1, b.aTilde(), 0.0);
        assertEquals(0.9, b.coupling().getReal(), 0.0);
        assertEquals(0.1, b.coupling().getImaginary(), 0.0);
        assertEquals(0.05, b.couplingTilde().getReal(), 0.0);
        assertEquals(-0.02, b.couplingTilde().getImaginary(), 0.0);
        assertEquals(0.01, b.dephasing(), 0.0);
        assertEquals(0.0, b.dephasingCoupling().getReal(), 0.0);
        assertEquals(0.005, b.dephasingCoupling().getImaginary(), 0.0);
        assertEquals(0.2, b.jPerp(), 0.0);
        assertEquals(-0.1, b.jz(), 0.0);
        assertEquals(0.05, b.dmi(), 0.0);
        assertEquals(1.3, r.delta1(), 0.0);
        assertEquals(0.7, r.delta2(), 0.0);
        assertTrue(b.isPositiveSemidefinite());
    }

    @Test
    void missingNamesAreZero() {
        ExplicitRates r = ExplicitRates.parse("A=0.5i, a=1");
        assertEquals(0.0, r.bath().aTilde(), 0.0);
        assertEquals(0.0, r.bath().jz(), 0.0);
        assertEquals(0.0, r.delta1(), 0.0);
        assertEquals(0.5, r.bath().coupling().getImaginary(), 0.0);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("a=1,gamma=2"));
        assertTrue(e.getMessage().contains("gamma"), e.getMessage());
        for (String name : RateName.names()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void namesAreCaseSensitiveAndRealRatesRefuseComplexValues() {
        assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("jperp=1"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("a=1+1i"));
        assertEquals("a", e.parameter());
        assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("a=1,a=2"));
        assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("a=1,,A=0.5"));
        assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("a"));
    }

    @Test
    void nanIsRefusedWithTheName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExplicitRates.parse("Jz=NaN"));
        assertEquals("Jz", e.parameter());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
