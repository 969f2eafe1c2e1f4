using RepSense.Analysis.Simulation;
using RepSense.Ingest;

namespace RepSense.Analysis.Tests.Simulation;

public class RotationTests
{
    private static void Near(Vec3 expected, Vec3 actual, double tolerance = 1e-12) =>
        Assert.True((expected - actual).Length < tolerance, $"expected {expected}, got {actual}");

    [Fact]
    public void A_quarter_turn_about_z_takes_x_to_y()
    {
        var r = Rotation.FromAxisAngle(new Vec3(0, 0, 1), Math.PI / 2);

        Near(new Vec3(0, 1, 0), r.Rotate(new Vec3(1, 0, 0)));
        Near(new Vec3(1, 0, 0), r.InverseRotate(new Vec3(0, 1, 0)));
    }

    [Fact]
    public void Products_apply_the_right_factor_first()
    {
        var aboutZ = Rotation.FromAxisAngle(new Vec3(0, 0, 1), Math.PI / 2);
        var aboutX = Rotation.FromAxisAngle(new Vec3(1, 0, 0), Math.PI / 2);

        // x → (about x) x → (about z) y
        Near(new Vec3(0, 1, 0), (aboutZ * aboutX).Rotate(new Vec3(1, 0, 0)));
        // x → (about z) y → (about x) z
        Near(new Vec3(0, 0, 1), (aboutX * aboutZ).Rotate(new Vec3(1, 0, 0)));
    }

    [Theory]
    [InlineData(0.3, -0.2, 0.9)]
    [InlineData(1e-14, 0, 0)]
    [InlineData(0, 3.0, 0)]
    public void Rotation_vectors_round_trip(double x, double y, double z)
    {
        var v = new Vec3(x, y, z);
        Near(v, Rotation.FromRotationVector(v).ToRotationVector(), 1e-12);
    }

    [Fact]
    public void A_frame_from_its_axes_maps_body_axes_onto_them()
    {
        var r = Rotation.FromAxes(new Vec3(0, 0, -1), new Vec3(0, 1, 0.2));

        Near(new Vec3(0, 0, -1), r.Rotate(new Vec3(1, 0, 0)), 1e-12);
        Near(new Vec3(0, 1, 0), r.Rotate(new Vec3(0, 0, 1)), 1e-12);
        Near(new Vec3(-1, 0, 0), r.Rotate(new Vec3(0, 1, 0)), 1e-12); // y = z × x: right-handed
    }

    [Fact]
    public void Slerp_goes_from_one_rotation_to_the_other_at_constant_rate()
    {
        var a = Rotation.FromYawPitchRollDegrees(10, 20, 30);
        var b = Rotation.FromYawPitchRollDegrees(-40, 5, 90);
        var mid = Rotation.Slerp(a, b, 0.5);

        Assert.True(Rotation.Slerp(a, b, 0).AngleTo(a) < 1e-9);
        Assert.True(Rotation.Slerp(a, b, 1).AngleTo(b) < 1e-9);
        Assert.Equal(a.AngleTo(mid), mid.AngleTo(b), 1e-9);
    }

    [Fact]
    public void Uniform_rotations_are_unit_and_spread_over_all_directions()
    {
        var random = new Random(5);
        var ups = Enumerable.Range(0, 2000).Select(_ => Rotation.Uniform(random)).Select(r =>
        {
            Assert.Equal(1, r.W * r.W + r.X * r.X + r.Y * r.Y + r.Z * r.Z, 1e-12);
            return r.Rotate(new Vec3(0, 0, 1));
        }).ToList();

        // A uniformly random direction has mean zero and a third of its square on each axis.
        Assert.Equal(0, ups.Average(u => u.Z), 0.05);
        Assert.Equal(1 / 3.0, ups.Average(u => u.X * u.X), 0.03);
    }
}
