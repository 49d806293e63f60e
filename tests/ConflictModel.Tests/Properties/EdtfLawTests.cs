using static ConflictModel.Tests.Properties.ConflictArbitraries;

namespace ConflictModel.Tests.Properties;

/// <summary>Laws of the EDTF format and parser.</summary>
public class EdtfLawTests
{
    [Fact]
    public void Edtf_RoundTrips() =>
        PropertyCheck.ForAll(EdtfDate, x =>
        {
            var parsed = Edtf.Parse(Edtf.Format(x));
            Assert.True(parsed.Success, $"{Edtf.Format(x)}: {parsed}");
            Assert.Equal(x, parsed.Value);
        });

    [Fact]
    public void EdtfPeriod_RoundTrips() =>
        PropertyCheck.ForAll(EdtfPeriod, x =>
        {
            var parsed = Edtf.ParsePeriod(Edtf.Format(x));
            Assert.True(parsed.Success, $"{Edtf.Format(x)}: {parsed}");
            Assert.Equal(x, parsed.Value);
        });

    [Fact]
    public void Edtf_KeepsTheDaysOfAnyDate() =>
        PropertyCheck.ForAll(AnyUncertainDate, x =>
        {
            var parsed = Edtf.Parse(Edtf.Format(x)).Value;
            Assert.Equal((x.Earliest, x.Latest), (parsed.Earliest, parsed.Latest));
        });

    [Fact]
    public void EdtfPeriod_KeepsTheExtentOfAnyPeriod() =>
        PropertyCheck.ForAll(AnyUncertainPeriod, x =>
        {
            var parsed = Edtf.ParsePeriod(Edtf.Format(x)).Value;
            Assert.Equal((x.Extent.Earliest, x.Extent.Latest, x.IsOngoing), (parsed.Extent.Earliest, parsed.Extent.Latest, parsed.IsOngoing));
        });

    [Fact]
    public void Edtf_FormatOfParseIsStable() =>
        PropertyCheck.ForAll(AnyUncertainDate, x =>
        {
            string once = Edtf.Format(Edtf.Parse(Edtf.Format(x)).Value);
            Assert.Equal(once, Edtf.Format(Edtf.Parse(once).Value));
        });

    [Fact]
    public void EdtfParse_NeverThrows() =>
        PropertyCheck.ForAll(EdtfLikeText, text =>
        {
            var date = Edtf.Parse(text);
            var period = Edtf.ParsePeriod(text);
            Assert.True(date.Success || (date.ErrorPosition >= 0 && date.ErrorPosition <= text.Length && date.ErrorMessage is not null));
            Assert.True(period.Success || (period.ErrorPosition >= 0 && period.ErrorPosition <= text.Length && period.ErrorMessage is not null));
            if (date.Success)
            {
                Assert.Equal(date.Value, Edtf.Parse(Edtf.Format(date.Value)).Value);
            }
        });
}
