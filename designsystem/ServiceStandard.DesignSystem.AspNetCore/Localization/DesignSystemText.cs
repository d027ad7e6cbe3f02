using System.Globalization;
using ServiceStandard.Kernel.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Localization;

/// <summary>
/// The words the tag helpers supply themselves, in the language of the current request: ASP.NET
/// Core's request localization sets <see cref="CultureInfo.CurrentUICulture"/>, so a Spanish page
/// gets "Hay un problema" with no option to pass. Any language the design system does not speak
/// falls back to English.
/// </summary>
public static class DesignSystemText
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Labels = new(() =>
        LabelFile.LoadEmbedded(typeof(DesignSystemText).Assembly, "ServiceStandard.DesignSystem.AspNetCore.labels.yml", Languages));

    /// <summary>The language of the current UI culture if the design system speaks it, else English.</summary>
    public static string CurrentLanguage
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return Labels.Value.ContainsKey(language) ? language : Languages[0];
        }
    }

    public static string Get(string key) => Labels.Value[CurrentLanguage][key];

    /// <summary>
    /// The words in a language a component names itself (a language switcher's link to Spanish says
    /// "Cambiar el idioma a" whatever the page's language); the current language when it is not given
    /// or not spoken.
    /// </summary>
    public static string Get(string key, string? language) =>
        Labels.Value[language is not null && Labels.Value.ContainsKey(Primary(language)) ? Primary(language) : CurrentLanguage][key];

    private static string Primary(string language) => language.Split('-')[0].ToLowerInvariant();

    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}
