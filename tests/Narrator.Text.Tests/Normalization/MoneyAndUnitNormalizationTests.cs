namespace Narrator.Text.Tests.Normalization;

public sealed class MoneyAndUnitNormalizationTests
{
    [Theory]
    [InlineData("It costs $3.50.", "it costs three dollars fifty cents")]
    [InlineData("only £1", "only one pound")]
    [InlineData("£2.50", "two pounds fifty pence")]
    [InlineData("€20", "twenty euros")]
    [InlineData("$0.99", "ninety nine cents")]
    [InlineData("$1", "one dollar")]
    [InlineData("$1,000", "one thousand dollars")]
    [InlineData("$5 million", "five million dollars")]
    [InlineData("$1.2 billion", "one point two billion dollars")]
    [InlineData("$5m", "five million dollars")]
    [InlineData("50p", "fifty pence")]
    [InlineData("$2.00", "two dollars")]
    public void Normalize_Currency_ReadsAmountAndUnit(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("50%", "fifty percent")]
    [InlineData("3.5% growth", "three point five percent growth")]
    [InlineData("1 km", "one kilometer")]
    [InlineData("5 km", "five kilometers")]
    [InlineData("2.5 kg", "two point five kilograms")]
    [InlineData("60 mph", "sixty miles per hour")]
    [InlineData("It was -5°C", "it was minus five degrees celsius")]
    [InlineData("98.6°F", "ninety eight point six degrees fahrenheit")]
    [InlineData("6 ft tall", "six feet tall")]
    [InlineData("1 ft", "one foot")]
    [InlineData("30 cm", "thirty centimeters")]
    [InlineData("100 m", "one hundred meters")]
    [InlineData("5 mm", "five millimeters")]
    [InlineData("200 g", "two hundred grams")]
    [InlineData("10 lb", "ten pounds")]
    [InlineData("3 kWh", "three kilowatt hours")]
    [InlineData("90°", "ninety degrees")]
    [InlineData("10-20 kg", "ten to twenty kilograms")]
    [InlineData("100 km/h", "one hundred kilometers per hour")]
    public void Normalize_Units_ReadWithNumberAgreement(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("A plot of 400 km² was sold.", "a plot of four hundred square kilometers was sold")]
    [InlineData("Only 1 cm² was burnt.", "only one square centimeter was burnt")]
    [InlineData("The tank held 3 m³ of water.", "the tank held three cubic meters of water")]
    [InlineData("A 500 cm³ engine.", "a five hundred cubic centimeter engine || a five hundred cubic centimeters engine")]
    [InlineData("A flat of 85 m2 in town.", "a flat of eighty five square meters in town")]
    [InlineData("A room of 14 sq m.", "a room of fourteen square meters")]
    [InlineData("Some 40 ft² of glass.", "some forty square feet of glass")]
    [InlineData("It holds 12 cu ft of grain.", "it holds twelve cubic feet of grain")]
    [InlineData("A 2 sq mi lake.", "a two square mile lake || a two square miles lake")]
    public void Normalize_AreasAndVolumes_ReadSquareOrCubic(string text, string expected) =>
        Assert.Contains(Spoken.Of(text), expected.Split(" || "));

    [Theory]
    [InlineData("A tractor of 90 hp pulled it.", "a tractor of ninety horsepower pulled it")]
    [InlineData("Tyres at 32 psi.", "tyres at thirty two pounds per square inch")]
    [InlineData("The drum spun at 1200 rpm.", "the drum spun at one thousand two hundred revolutions per minute")]
    [InlineData("A blast of 110 dB.", "a blast of one hundred ten decibels")]
    [InlineData("Each bar has 250 kcal.", "each bar has two hundred fifty kilocalories")]
    [InlineData("They bought 5 gal of paint.", "they bought five gallons of paint")]
    [InlineData("A farm of 30 ha.", "a farm of thirty hectares")]
    public void Normalize_MoreUnits_ReadByName(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("The wall is 12 ft 6 in high.", "the wall is twelve feet six inches high")]
    [InlineData("It is 6 ft 1 in.", "it is six feet one inch")]
    [InlineData("He ran 5 ft in the hall.", "he ran five feet in the hall")]
    [InlineData("Put it in the box.", "put it in the box")]
    public void Normalize_FeetThenInches_InIsInches(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("Apples cost €9.99/kg today.", "apples cost nine euros ninety nine cents per kilogram today")]
    [InlineData("Beef at $3/lb.", "beef at three dollars per pound")]
    [InlineData("cats and/or dogs", "cats or dogs")]
    public void Normalize_SlashBeforeAUnit_ReadsPer(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));
}
