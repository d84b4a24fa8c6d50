using System.Reflection;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class CapabilityWellKnownTests
{
    public static TheoryData<string> WellKnownNames()
    {
        var data = new TheoryData<string>();
        foreach (PropertyInfo p in typeof(Capability).GetProperties(BindingFlags.Public | BindingFlags.Static))
            if (p.PropertyType == typeof(Capability)) data.Add(p.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(WellKnownNames))]
    public void Each_constant_is_one_atom_that_parses_back_to_itself(string property)
    {
        var capability = (Capability)typeof(Capability).GetProperty(property)!.GetValue(null)!;
        Assert.DoesNotContain(' ', capability.Text);
        Assert.Same(capability, Capability.Parse(capability.Text));
        Assert.Equal(property.ToUpperInvariant().Replace("_", ""), property.ToUpperInvariant(), StringComparer.Ordinal);
    }
}
