namespace RepSense.Analysis.Signal;

/// <summary>
/// One biquad of a cascade, normalised so a0 = 1:
/// H(z) = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²). A first-order section has b2 = a2 = 0.
/// </summary>
public readonly record struct SecondOrderSection(double B0, double B1, double B2, double A1, double A2)
{
    /// <summary>The section's poles: the roots of z² + a1 z + a2 (one root, −a1, when a2 = 0).</summary>
    public (System.Numerics.Complex P1, System.Numerics.Complex P2) Poles
    {
        get
        {
            if (A2 == 0) return (new(-A1, 0), System.Numerics.Complex.Zero);
            var disc = System.Numerics.Complex.Sqrt(A1 * A1 - 4 * A2);
            return ((-A1 + disc) / 2, (-A1 - disc) / 2);
        }
    }

    /// <summary>The complex gain at <paramref name="z"/> (on the unit circle: the frequency response).</summary>
    public System.Numerics.Complex Response(System.Numerics.Complex z)
    {
        var zi = 1 / z;
        return (B0 + B1 * zi + B2 * zi * zi) / (1 + A1 * zi + A2 * zi * zi);
    }
}
