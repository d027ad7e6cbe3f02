namespace ServiceStandard.Model.Evidence;

/// <summary>
/// The page's form fields as it loaded (WCAG 3.3.7, 3.3.8), the error messages it shows (3.3.3),
/// CAPTCHA widgets (3.3.8), and whether it looks like a "check your answers" page or carries a
/// declaration (3.3.4). Never a field's value: only whether it had one.
/// </summary>
/// <param name="Fields">Visible form fields, in document order (at most 100).</param>
/// <param name="Errors">Error messages shown on the page (error summary items, messages of invalid fields).</param>
/// <param name="Captchas">CAPTCHA widgets (reCAPTCHA, hCaptcha, Turnstile, images named captcha).</param>
/// <param name="Review">Why the page looks like a review of the answers ("heading: Check your answers"); null when it does not.</param>
/// <param name="Declaration">Why the page looks like it asks the user to confirm or declare (a declaration checkbox's label); null when it does not.</param>
public sealed record FormsProbe(
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<ErrorMessageText> Errors,
    IReadOnlyList<CaptchaWidget> Captchas,
    string? Review,
    string? Declaration);

/// <summary>One form field, described without its value.</summary>
/// <param name="Type">The input type (text, email, password, checkbox…), or select / textarea.</param>
/// <param name="Autocomplete">The autocomplete attribute as written; null when missing.</param>
/// <param name="Label">Its label text (label element, aria-labelledby, aria-label, or the legend of its group for a radio or checkbox).</param>
/// <param name="HasValue">It had a value (or was checked, or a non-placeholder option was selected) as the page loaded.</param>
/// <param name="Credential">A password, PIN or one-time code field.</param>
/// <param name="PasteBlocked">Whether a paste into it was cancelled by the page; null when not tested (only credential and username fields are).</param>
/// <param name="Options">For a select, its options' texts (at most 30); empty otherwise.</param>
/// <param name="Hint">Text the field points at with aria-describedby (hints, messages), shortened.</param>
public sealed record FormField(
    string Selector,
    string Type,
    string? Name,
    string? Id,
    string? Autocomplete,
    string Label,
    bool HasValue,
    bool Credential,
    bool? PasteBlocked,
    IReadOnlyList<string> Options,
    string Hint);

/// <param name="Field">The selector of the field it is about, when it is known.</param>
public sealed record ErrorMessageText(string Selector, string Text, string? Field);

/// <param name="Kind">recaptcha, hcaptcha, turnstile, or image.</param>
public sealed record CaptchaWidget(string Selector, string Kind, string Snippet);

/// <summary>
/// What one journey step did (WCAG 3.2.2, 4.1.3, 3.3.7): the field it filled (never the value),
/// whether it navigated or opened a window, where focus was, and the text it added to the page.
/// </summary>
/// <param name="Kind">goto, click, fill, select, check, press, waitFor, expect.</param>
/// <param name="Selector">The step's selector, as configured.</param>
/// <param name="Field">The field a fill, select or check step acted on; null for other steps.</param>
/// <param name="Navigated">The main frame navigated during the step.</param>
/// <param name="NewWindow">The step opened a new window or tab.</param>
/// <param name="FocusBefore">The focused element before the step; null when it was the page itself.</param>
/// <param name="FocusAfter">The focused element after it; null when the page itself, or the step navigated.</param>
/// <param name="Changes">Text the step added to the page without navigating (at most 20).</param>
public sealed record JourneyStepRecord(
    int Index,
    string Kind,
    string? Selector,
    FormField? Field,
    bool Navigated,
    bool NewWindow,
    string? FocusBefore,
    string? FocusAfter,
    IReadOnlyList<PageChange> Changes);

/// <summary>Text a journey step added to the page.</summary>
/// <param name="Selector">The element that holds it.</param>
/// <param name="Text">The text, shortened to 200 characters.</param>
/// <param name="LiveRegion">It is inside a live region (aria-live, role status/alert/log, output).</param>
/// <param name="Focused">Focus is on it or inside it after the step.</param>
/// <param name="Controls">The added content holds form controls, links or headings (a new section, not a message).</param>
public sealed record PageChange(string Selector, string Text, bool LiveRegion, bool Focused, bool Controls);
