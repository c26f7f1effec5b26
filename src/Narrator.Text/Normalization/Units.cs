namespace Narrator.Text.Normalization;

/// <summary>Unit symbols and their spoken singular and plural names.</summary>
internal static class Units
{
    /// <summary>Lengths, which also make areas and volumes ("in" only these: alone after a number it is the preposition).</summary>
    private static readonly (string Symbol, string One, string Many, bool Metric)[] Lengths =
    [
        ("km", "kilometer", "kilometers", true), ("m", "meter", "meters", true), ("cm", "centimeter", "centimeters", true),
        ("mm", "millimeter", "millimeters", true), ("mi", "mile", "miles", false), ("yd", "yard", "yards", false),
        ("ft", "foot", "feet", false), ("in", "inch", "inches", false),
    ];

    public static readonly Dictionary<string, (string One, string Many)> Table = WithAreasAndVolumes(new(StringComparer.Ordinal)
    {
        ["%"] = ("percent", "percent"),
        ["µm"] = ("micrometer", "micrometers"),
        ["nm"] = ("nanometer", "nanometers"),
        ["kg"] = ("kilogram", "kilograms"),
        ["g"] = ("gram", "grams"),
        ["mg"] = ("milligram", "milligrams"),
        ["lb"] = ("pound", "pounds"),
        ["lbs"] = ("pound", "pounds"),
        ["oz"] = ("ounce", "ounces"),
        ["l"] = ("liter", "liters"),
        ["L"] = ("liter", "liters"),
        ["ml"] = ("milliliter", "milliliters"),
        ["mL"] = ("milliliter", "milliliters"),
        ["mph"] = ("mile per hour", "miles per hour"),
        ["kph"] = ("kilometer per hour", "kilometers per hour"),
        ["km/h"] = ("kilometer per hour", "kilometers per hour"),
        ["m/s"] = ("meter per second", "meters per second"),
        ["°C"] = ("degree Celsius", "degrees Celsius"),
        ["°F"] = ("degree Fahrenheit", "degrees Fahrenheit"),
        ["°"] = ("degree", "degrees"),
        ["kWh"] = ("kilowatt hour", "kilowatt hours"),
        ["kW"] = ("kilowatt", "kilowatts"),
        ["MW"] = ("megawatt", "megawatts"),
        ["W"] = ("watt", "watts"),
        ["V"] = ("volt", "volts"),
        ["Hz"] = ("hertz", "hertz"),
        ["kHz"] = ("kilohertz", "kilohertz"),
        ["MHz"] = ("megahertz", "megahertz"),
        ["GHz"] = ("gigahertz", "gigahertz"),
        ["KB"] = ("kilobyte", "kilobytes"),
        ["kB"] = ("kilobyte", "kilobytes"),
        ["MB"] = ("megabyte", "megabytes"),
        ["GB"] = ("gigabyte", "gigabytes"),
        ["TB"] = ("terabyte", "terabytes"),
        ["ms"] = ("millisecond", "milliseconds"),
        ["sec"] = ("second", "seconds"),
        ["min"] = ("minute", "minutes"),
        ["h"] = ("hour", "hours"),
        ["hr"] = ("hour", "hours"),
        ["hrs"] = ("hour", "hours"),
        ["tsp"] = ("teaspoon", "teaspoons"),
        ["tbsp"] = ("tablespoon", "tablespoons"),
        ["hp"] = ("horsepower", "horsepower"),
        ["bhp"] = ("brake horsepower", "brake horsepower"),
        ["psi"] = ("pound per square inch", "pounds per square inch"),
        ["rpm"] = ("revolution per minute", "revolutions per minute"),
        ["dB"] = ("decibel", "decibels"),
        ["kcal"] = ("kilocalorie", "kilocalories"),
        ["cal"] = ("calorie", "calories"),
        ["kJ"] = ("kilojoule", "kilojoules"),
        ["mAh"] = ("milliamp hour", "milliamp hours"),
        ["mA"] = ("milliamp", "milliamps"),
        ["gal"] = ("gallon", "gallons"),
        ["qt"] = ("quart", "quarts"),
        ["fl oz"] = ("fluid ounce", "fluid ounces"),
        ["µg"] = ("microgram", "micrograms"),
        ["mcg"] = ("microgram", "micrograms"),
        ["ha"] = ("hectare", "hectares"),
        ["kn"] = ("knot", "knots"),
    });

    /// <summary>The lengths, their areas ("m²", "sq ft", metric "m2": square meters) and volumes ("cm³", "cu ft", metric "cm3").</summary>
    private static Dictionary<string, (string One, string Many)> WithAreasAndVolumes(Dictionary<string, (string One, string Many)> table)
    {
        foreach (var (symbol, one, many, metric) in Lengths)
        {
            if (symbol != "in")
            {
                table[symbol] = (one, many);
            }

            var square = ("square " + one, "square " + many);
            var cubic = ("cubic " + one, "cubic " + many);
            table[symbol + "²"] = square;
            table["sq " + symbol] = square;
            table[symbol + "³"] = cubic;
            table["cu " + symbol] = cubic;
            if (metric)
            {
                table[symbol + "2"] = square;
                table[symbol + "3"] = cubic;
            }
        }

        return table;
    }
}
