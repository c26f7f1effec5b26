namespace Narrator.Text.Tests.Normalization;

public sealed class NumberNormalizationTests
{
    [Theory]
    [InlineData("I have 5 apples.", "i have five apples")]
    [InlineData("It was -5 outside.", "it was minus five outside")]
    [InlineData("Pi is 3.14.", "pi is three point one four")]
    [InlineData("The total was 1,234,567.", "the total was one million two hundred thirty four thousand five hundred sixty seven")]
    [InlineData("Only 0.5 left", "only zero point five left")]
    [InlineData("only .5 left", "only point five left")]
    [InlineData("He scored 42", "he scored forty two")]
    [InlineData("about 1500 soldiers", "about one thousand five hundred soldiers")]
    [InlineData("2000 people came", "two thousand people came")]
    [InlineData("It is 10 o'clock", "it is ten o'clock")]
    [InlineData("a 5-year-old boy", "a five year old boy")]
    public void Normalize_Cardinals_ReadAsWords(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("the 1st place", "the first place")]
    [InlineData("her 22nd birthday", "her twenty second birthday")]
    [InlineData("the 103rd floor", "the one hundred third floor")]
    [InlineData("the 4th of July", "the fourth of july")]
    [InlineData("the 11TH hour", "the eleventh hour")]
    [InlineData("19th-century art", "nineteenth century art")]
    public void Normalize_Ordinals_ReadAsOrdinalWords(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("In 1984 it rained.", "in nineteen eighty four it rained")]
    [InlineData("1984 was a year.", "nineteen eighty four was a year")]
    [InlineData("in 2005", "in two thousand five")]
    [InlineData("by 1900", "by nineteen hundred")]
    [InlineData("since 2010", "since twenty ten")]
    [InlineData("in 1905", "in nineteen oh five")]
    [InlineData("in 2000", "in two thousand")]
    [InlineData("in 1100 AD", "in eleven hundred a d")]
    [InlineData("the 1990s", "the nineteen nineties")]
    [InlineData("the 1960's", "the nineteen sixties")]
    [InlineData("the '80s", "the eighties")]
    [InlineData("the 1900s", "the nineteen hundreds")]
    [InlineData("In 1066 he won", "in ten sixty six he won")]
    [InlineData("about 1050", "about one thousand fifty")]
    public void Normalize_Years_ReadAsYears(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("add 1/2 cup", "add one half cup")]
    [InlineData("3/4 of them", "three quarters of them")]
    [InlineData("1/3 of it", "one third of it")]
    [InlineData("2/3 of it", "two thirds of it")]
    [InlineData("5/8 inch", "five eighths inch")]
    [InlineData("1 1/2 cups", "one one half cups")]
    public void Normalize_Fractions_ReadAsFractions(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("from 1990-1995", "from nineteen ninety to nineteen ninety five")]
    [InlineData("pages 10-20", "pages ten to twenty")]
    [InlineData("1939\u20131945", "nineteen thirty nine to nineteen forty five")]
    [InlineData("call 555-123-4567", "call five five five one two three four five six seven")]
    [InlineData("call (555) 123-4567 now", "call five five five one two three four five six seven now")]
    [InlineData("code 12345678", "code one two three four five six seven eight")]
    [InlineData("agent 007", "agent zero zero seven")]
    [InlineData("a 4x4 truck", "a four by four truck")]
    [InlineData("call +1 555 123 4567", "call plus one five five five one two three four five six seven")]
    [InlineData("ISBN 978-0-14", "i s b n nine seven eight zero one four")]
    [InlineData("in 2019-20", "in twenty nineteen to twenty twenty")]
    public void Normalize_RangesAndDigitStrings_ReadAsSpoken(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("For help ring 0131 496 0822 today.", "for help ring zero one three one four nine six zero eight two two today")]
    [InlineData("Text 07911 123456 after six.", "text zero seven nine one one one two three four five six after six")]
    [InlineData("Write to (0113) 496 0555 first.", "write to zero one one three four nine six zero five five five first")]
    [InlineData("Reach us at 0161-496-0333.", "reach us at zero one six one four nine six zero three three three")]
    public void Normalize_GroupsAfterATrunkZero_ReadAsAPhoneNumber(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("Order from 1-888-432-7100 tonight.", "order from one eight eight eight four three two seven one zero zero tonight")]
    [InlineData("The desk is 1-900-321-6543.", "the desk is one nine hundred three two one six five four three")]
    [InlineData("Fax 800.431.2200 now.", "fax eight hundred four three one two two zero zero now")]
    [InlineData("Try 404 555 7788 instead.", "try four zero four five five five seven seven eight eight instead")]
    [InlineData("Ring +1 800 246 1357 from abroad.", "ring plus one eight hundred two four six one three five seven from abroad")]
    [InlineData("Ring +33 1 42 68 53 00 in Paris.", "ring plus three three one four two six eight five three zero zero in paris")]
    public void Normalize_NorthAmericanAndInternationalNumbers_ReadDigitByDigit(string text, string expected) =>
        Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("She dialled 112 at once.", "she dialled one one two at once")]
    [InlineData("Call 000 and wait.", "call zero zero zero wait")]
    [InlineData("He rang 101.", "he rang one zero one")]
    [InlineData("Dial 5501 for the porter.", "dial five five zero one for the porter")]
    public void Normalize_NumberDialled_ReadDigitByDigit(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("They called 300 witnesses.", "they called three hundred witnesses")]
    [InlineData("She called 1987 her best year.", "she called nineteen eighty seven her best year")]
    [InlineData("Ring 250 bells.", "ring two hundred fifty bells")]
    [InlineData("In 1776 there were 120 130 ships.", "in seventeen seventy six there were one hundred twenty one hundred thirty ships")]
    [InlineData("It cost $1,900 in 1999.", "it cost one thousand nine hundred dollars in nineteen ninety nine")]
    [InlineData("between 100 2500 and", "between one hundred two thousand five hundred")]
    [InlineData("pages 120-135", "pages one hundred twenty to one hundred thirty five")]
    public void Normalize_AmountsNearPhoneShapes_StayAmounts(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("Install Version 2.0.1 now.", "install version two point zero point one now")]
    [InlineData("Python 3.10.2 and 1.5 apples.", "python three point ten point two one point five apples")]
    [InlineData("See section 4.2.05.", "see section four point two point zero five")]
    public void Normalize_DottedVersions_ReadPartByPart(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));
}
