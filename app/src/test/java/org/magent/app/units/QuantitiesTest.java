package org.magent.app.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magent.physics.PhysicalConstants;
import org.magent.validation.InvalidInputException;

/**
 * Every unit family converts to magent's SI-based natural units (docs/units.md).
 * Expected values use conversion factors quoted independently of the code (CODATA 2018 tables):
 * 1 eV ↔ 2.417989242e14 Hz, 1 K ↔ 2.083661912e10 Hz, γ_e/2π = 28.024951 GHz/T.
 */
class QuantitiesTest {

    private static final double TWO_PI = 2 * Math.PI;
    /** 1 eV/h (Hz), CODATA 2018 (exact). */
    private static final double EV_HZ = 2.417989242e14;
    /** k_B/h (Hz/K), CODATA 2018 (exact). */
    private static final double K_HZ = 2.083661912e10;
    /** γ_e/2π (Hz/T), CODATA 2018. */
    private static final double GAMMA_HZ = 28.02495e9;

    private static double energy(String text) {
        return Quantities.parse("Delta1", text, QuantityKind.ENERGY).value();
    }

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + ", got " + actual);
    }

    @Test
    void frequenciesAreCyclic() {
        close(TWO_PI * 2.87e9, energy("2.87GHz"), 1e-15);
        close(TWO_PI * 2.87e9, energy("2.87 GHz"), 1e-15);
        close(TWO_PI * 1.5e6, energy("1.5MHz"), 1e-15);
        close(TWO_PI * 3e3, energy("3kHz"), 1e-15);
        close(TWO_PI * 7, energy("7Hz"), 1e-15);
        close(1.25e9, energy("1.25e9 rad/s"), 1e-15);
    }

    @Test
    void energiesAreDividedByHbar() {
        close(TWO_PI * 1e-3 * EV_HZ, energy("1meV"), 1e-9);
        close(TWO_PI * 2e-6 * EV_HZ, energy("2µeV"), 1e-9);
        close(TWO_PI * 2e-6 * EV_HZ, energy("2ueV"), 1e-9);
        close(TWO_PI * 2e-6 * EV_HZ, energy("2μeV"), 1e-9); // Greek mu
        close(TWO_PI * 0.5 * EV_HZ, energy("0.5 eV"), 1e-9);
        close(1e-22 / PhysicalConstants.HBAR, energy("1e-22J"), 1e-12);
        close(-TWO_PI * 0.1e-3 * EV_HZ, energy("-0.1meV"), 1e-9);
        // an exponent needs digits: "2eV" is 2 electronvolts, "2e-3eV" is 2 meV
        close(TWO_PI * 2 * EV_HZ, energy("2eV"), 1e-9);
        close(TWO_PI * 2e-3 * EV_HZ, energy("2e-3eV"), 1e-9);
    }

    @Test
    void temperaturesAreKbTOverHbar() {
        double t = Quantities.parse("temperature", "300mK", QuantityKind.TEMPERATURE).value();
        close(TWO_PI * 0.3 * K_HZ, t, 1e-9);
        close(TWO_PI * 4 * K_HZ, Quantities.parse("temperature", "4 K", QuantityKind.TEMPERATURE).value(), 1e-9);
        close(TWO_PI * 2e-6 * K_HZ, Quantities.parse("temperature", "2uK", QuantityKind.TEMPERATURE).value(), 1e-9);
        // a temperature may be given as an energy (natural units): 1 meV
        close(TWO_PI * 1e-3 * EV_HZ, Quantities.parse("temperature", "1meV", QuantityKind.TEMPERATURE).value(),
                1e-9);
    }

    @Test
    void fieldsGiveTheZeemanGap() {
        // gap = γ B for B = 20 mT
        close(TWO_PI * 0.02 * GAMMA_HZ, Quantities.parse("gap", "20 mT", QuantityKind.ENERGY).value(), 1e-6);
        close(TWO_PI * 0.02 * GAMMA_HZ, Quantities.parse("B", "200G", QuantityKind.FIELD).value(), 1e-6);
        close(TWO_PI * 3e-6 * GAMMA_HZ, Quantities.parse("B", "3uT", QuantityKind.FIELD).value(), 1e-6);
    }

    @Test
    void lengthsAreMetres() {
        close(5e-8, Quantities.parse("separation", "50nm", QuantityKind.LENGTH).value(), 1e-15);
        close(3e-10, Quantities.parse("separation", "3Å", QuantityKind.LENGTH).value(), 1e-15);
        close(2e-6, Quantities.parse("separation", "2um", QuantityKind.LENGTH).value(), 1e-15);
        close(2e-6, Quantities.parse("separation", "2µm", QuantityKind.LENGTH).value(), 1e-15);
        close(1.5e-3, Quantities.parse("separation", "1.5 mm", QuantityKind.LENGTH).value(), 1e-15);
    }

    @Test
    void ratesAndTimes() {
        close(1e3, Quantities.parse("a", "1e3 1/s", QuantityKind.RATE).value(), 1e-15);
        close(5, Quantities.parse("a", "5s^-1", QuantityKind.RATE).value(), 1e-15);
        close(TWO_PI * 1e3, Quantities.parse("a", "1kHz", QuantityKind.RATE).value(), 1e-15);
        close(2e6, Quantities.parse("a", "2 1/us", QuantityKind.RATE).value(), 1e-15);
        close(1e-8, Quantities.parse("t-max", "10ns", QuantityKind.TIME).value(), 1e-15);
        close(3e-6, Quantities.parse("t-max", "3us", QuantityKind.TIME).value(), 1e-15);
    }

    @Test
    void stiffnessIsAnEnergyTimesAnArea() {
        double gamma = TWO_PI * GAMMA_HZ;
        close(gamma * 5.3e-17, Quantities.parse("stiffness", "5.3e-17 T m^2", QuantityKind.STIFFNESS).value(), 1e-6);
        close(TWO_PI * 1e-3 * EV_HZ * 1e-18,
                Quantities.parse("stiffness", "1 meV nm^2", QuantityKind.STIFFNESS).value(), 1e-9);
        close(TWO_PI * 1e-3 * EV_HZ * 1e-18,
                Quantities.parse("stiffness", "1 meV*nm^2", QuantityKind.STIFFNESS).value(), 1e-9);
        close(TWO_PI * 1e9 * 1e-18, Quantities.parse("stiffness", "1GHz nm^2", QuantityKind.STIFFNESS).value(),
                1e-12);
        close(4, Quantities.parse("stiffness", "4 rad/s m^2", QuantityKind.STIFFNESS).value(), 1e-15);
    }

    @Test
    void spinDensityFollowsTheDimension() {
        close(2e27, Quantities.parse("spinDensity", "2 nm^-3", QuantityKind.SPIN_DENSITY).value(), 1e-12);
        close(2e27, Quantities.parse("spinDensity", "2 1/nm^3", QuantityKind.SPIN_DENSITY).value(), 1e-12);
        close(2e27, Quantities.parse("spinDensity", "2 nm⁻³", QuantityKind.SPIN_DENSITY).value(), 1e-12);
        close(3e18, Quantities.parse("spinDensity", "3 nm^-2", QuantityKind.SPIN_DENSITY, 2).value(), 1e-12);
        close(7e28, Quantities.parse("spinDensity", "7e28 m^-3", QuantityKind.SPIN_DENSITY, 3).value(), 1e-12);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Quantities.parse("spinDensity", "3 nm^-2", QuantityKind.SPIN_DENSITY, 3));
        assertTrue(e.getMessage().contains("d = 3"), e.getMessage());
    }

    @Test
    void couplingCarriesHalfThePowerOfTheDimension() {
        double meV = TWO_PI * 1e-3 * EV_HZ;
        close(meV * Math.pow(1e-9, 1.5), Quantities.parse("lambda", "1 meV nm^3/2", QuantityKind.COUPLING, 3)
                .value(), 1e-9);
        close(meV * Math.pow(1e-9, 1.5), Quantities.parse("lambda", "1 meV nm^3:2", QuantityKind.COUPLING).value(),
                1e-9);
        close(TWO_PI * 1e9 * 1e-9, Quantities.parse("lambda", "1 GHz nm", QuantityKind.COUPLING, 2).value(), 1e-12);
        close(meV * Math.sqrt(1e-9), Quantities.parse("lambda", "1 meV nm^1/2", QuantityKind.COUPLING, 1).value(),
                1e-9);
        close(meV, Quantities.parse("lambda", "1 meV", QuantityKind.COUPLING, 0).value(), 1e-9);
        assertThrows(InvalidInputException.class,
                () -> Quantities.parse("lambda", "1 meV nm", QuantityKind.COUPLING, 3));
    }

    @Test
    void micromagneticInputs() {
        close(3.7e-12 / PhysicalConstants.HBAR,
                Quantities.parse("exchangeConstant", "3.7pJ/m", QuantityKind.EXCHANGE_CONSTANT).value(), 1e-12);
        close(1.4e5, Quantities.parse("magnetisation", "140kA/m", QuantityKind.MAGNETISATION).value(), 1e-15);
        close(1e-3 * PhysicalConstants.ELEMENTARY_CHARGE / 1e-9 / PhysicalConstants.HBAR,
                Quantities.parse("exchangeConstant", "1 meV/nm", QuantityKind.EXCHANGE_CONSTANT).value(), 1e-12);
    }

    @Test
    void bareNumbersAreNatural() {
        ParsedQuantity p = Quantities.parse("Delta1", "1.5", QuantityKind.ENERGY);
        assertEquals(1.5, p.value());
        assertFalse(p.hadUnit());
        assertTrue(Quantities.parse("Delta1", "1.5GHz", QuantityKind.ENERGY).hadUnit());
        assertEquals(-2e-3, Quantities.parse("gap", "-2e-3", QuantityKind.ENERGY).value());
        assertEquals(0.01, Quantities.parse("damping", "0.01", QuantityKind.DIMENSIONLESS).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "ENERGY; 2.87; GHz", "ENERGY; 1.2; meV", "ENERGY; 20; mT", "ENERGY; 300; mK", "TEMPERATURE; 300; mK",
        "TEMPERATURE; 4.2; K", "LENGTH; 50; nm", "LENGTH; 3; Å", "RATE; 1e3; 1/s", "TIME; 2.5; us",
        "FIELD; 12; mT", "STIFFNESS; 5.3; meV nm^2", "STIFFNESS; 5.3e-17; T m^2", "SPIN_DENSITY; 2; nm^-3",
        "EXCHANGE_CONSTANT; 3.7; pJ/m", "MAGNETISATION; 140; kA/m", "COUPLING; 0.3; meV nm^3/2"})
    void roundTrips(QuantityKind kind, double number, String unit) {
        double natural = Quantities.parse("x", number + " " + unit, kind).value();
        close(number, Quantities.fromNatural(natural, kind, unit), 1e-13);
        assertEquals(natural, Quantities.fromNatural(natural, kind, Quantities.NATURAL));
        String text = Quantities.format(natural, kind, unit);
        assertTrue(text.endsWith(" " + unit), text);
        close(natural, Quantities.parse("x", text, kind).value(), 1e-5);
    }

    @Test
    void conversionBetweenDisplayUnits() {
        double omega = energy("2.87GHz");
        close(2870, Quantities.fromNatural(omega, QuantityKind.ENERGY, "MHz"), 1e-14);
        close(2.87e9 / EV_HZ * 1e6, Quantities.fromNatural(omega, QuantityKind.ENERGY, "ueV"), 1e-9);
        close(2.87e9 / K_HZ * 1e3, Quantities.fromNatural(omega, QuantityKind.TEMPERATURE, "mK"), 1e-9);
        assertEquals("2870.00 MHz", Quantities.format(omega, QuantityKind.ENERGY, "MHz"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "temperature; 5nm; TEMPERATURE; wrong dimension",
        "temperature; 5 T; TEMPERATURE; wrong dimension",
        "Delta1; 5nm; ENERGY; for an energy",
        "Delta1; 3..2GHz; ENERGY; malformed",
        "Delta1; NaN; ENERGY; not a finite number",
        "Delta1; 1e400GHz; ENERGY; not a finite number",
        "Delta1; -Infinity; ENERGY; not a finite number",
        "Delta1; 2 parsec; ENERGY; unknown unit",
        "Delta1; 2 GHz/2; ENERGY; number inside a unit",
        "temperature; 20 °C; TEMPERATURE; not a linear unit",
        "separation; 3 A; LENGTH; wrong dimension",
        "damping; 0.1 GHz; DIMENSIONLESS; takes no unit",
        "exchangeConstant; 3 GHz/m; EXCHANGE_CONSTANT; wrong dimension",
        "t-max; 5 GHz; TIME; wrong dimension",
        "a; 5 K; RATE; wrong dimension",
        "Delta1; GHz; ENERGY; not a number",
        "Delta1; ' '; ENERGY; no value"})
    void errorsNameTheParameterTheTextAndTheUnits(String parameter, String text, QuantityKind kind, String why) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Quantities.parse(parameter, text, kind));
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().startsWith(parameter + " = '" + text.strip() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().contains(kind.acceptedUnits()), e.getMessage());
    }

    @Test
    void badDisplayUnitsAreRefused() {
        assertThrows(InvalidInputException.class, () -> Quantities.format(1, QuantityKind.LENGTH, "GHz"));
        assertThrows(InvalidInputException.class, () -> Quantities.fromNatural(1, QuantityKind.ENERGY, "furlong"));
    }

    @Test
    void parameterUnitsMapToKinds() {
        assertEquals(QuantityKind.ENERGY, QuantityKind.forParameterUnit("natural units, energy").orElseThrow());
        assertEquals(QuantityKind.STIFFNESS,
                QuantityKind.forParameterUnit("natural units, energy x length^2").orElseThrow());
        assertEquals(QuantityKind.SPIN_DENSITY, QuantityKind.forParameterUnit("spin per length^d").orElseThrow());
        assertEquals(QuantityKind.DIMENSIONLESS,
                QuantityKind.forParameterUnit("dimensionless (units of hbar)").orElseThrow());
        assertTrue(QuantityKind.forParameterUnit("natural units, 1/energy").isEmpty());
    }
}
