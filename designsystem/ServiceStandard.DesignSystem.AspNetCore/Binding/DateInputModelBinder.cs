using Microsoft.AspNetCore.Mvc.ModelBinding;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Binding;

/// <summary>
/// Binds a <see cref="DateOnly"/>, <c>DateOnly?</c> or <see cref="DateInputValue"/> from the three
/// inputs <c>&lt;ds-date-input&gt;</c> writes (<c>name-day</c>, <c>name-month</c>, <c>name-year</c>).
/// An incomplete or impossible date is an error on the date's key in the current language ("Date of
/// birth must include a year"), and the parts at fault are marked invalid in ModelState, so the
/// tag helper marks just those inputs and the error summary links to the first of them. What was
/// typed stays in ModelState and is shown back. A form that posts the date as one value (an
/// <c>&lt;input type="date"&gt;</c>) is bound by ASP.NET's own binder, as before.
/// </summary>
public sealed class DateInputModelBinder(IModelBinder? fallback) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        // A page's bound property falls back to the empty prefix when no posted key starts with its
        // name (and "passportIssued-day" does not, to MVC: only "." and "[" continue a name), so the
        // property's own name is tried too.
        var (name, results) = new[] { bindingContext.ModelName, bindingContext.OriginalModelName, bindingContext.FieldName }
            .Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Results: DateParts.All.ToDictionary(p => p, p => bindingContext.ValueProvider.GetValue(DateParts.FieldName(n, p)))))
            .FirstOrDefault(c => c.Results.Values.Any(r => r != ValueProviderResult.None));
        if (results is null)
        {
            if (fallback is not null)
            {
                await fallback.BindModelAsync(bindingContext);
            }

            return;
        }

        // Validation ([Required]) files its errors under the binding context's name: the date's own.
        bindingContext.ModelName = name;
        foreach (var (part, result) in results)
        {
            bindingContext.ModelState.SetModelValue(DateParts.FieldName(name, part), result);
        }

        var value = new DateInputValue(results[DatePart.Day].FirstValue, results[DatePart.Month].FirstValue, results[DatePart.Year].FirstValue);
        var wantsValue = bindingContext.ModelType == typeof(DateInputValue);
        var nullable = wantsValue || Nullable.GetUnderlyingType(bindingContext.ModelType) is not null;
        var display = bindingContext.ModelMetadata.GetDisplayName();

        if (value.IsEmpty)
        {
            // Whether a date is required is [Required]'s to say; a DateOnly that cannot be null has no other answer.
            if (nullable)
            {
                bindingContext.Result = ModelBindingResult.Success(wantsValue ? value : null);
            }
            else
            {
                Fail(bindingContext, name, DesignSystemText.Format("date-required", display), DateParts.All);
            }

            return;
        }

        if (value.Missing.Count > 0)
        {
            var parts = string.Join(DesignSystemText.Get("date-part-and"), value.Missing.Select(p => DesignSystemText.Get("date-part-" + DateParts.Suffix(p))));
            Fail(bindingContext, name, DesignSystemText.Format("date-missing-parts", display, parts), value.Missing);
        }
        else if (value.Date is null)
        {
            var wrong = value.OutOfRange;
            Fail(bindingContext, name, DesignSystemText.Format("date-not-real", display), wrong.Count > 0 ? wrong : DateParts.All);
        }

        if (wantsValue)
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else if (value.Date is { } date)
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else
        {
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    private static void Fail(ModelBindingContext bindingContext, string name, string message, IEnumerable<DatePart> parts)
    {
        bindingContext.ModelState.TryAddModelError(name, message);
        foreach (var part in parts)
        {
            // Marked, not given an error of its own: the error summary lists the date once.
            var key = DateParts.FieldName(name, part);
            if (!bindingContext.ModelState.ContainsKey(key))
            {
                bindingContext.ModelState.SetModelValue(key, rawValue: null, attemptedValue: null);
            }

            bindingContext.ModelState[key]!.ValidationState = ModelValidationState.Invalid;
        }
    }
}

/// <summary>Uses <see cref="DateInputModelBinder"/> for DateOnly, DateOnly? and DateInputValue.</summary>
public sealed class DateInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.ModelType;
        if (type == typeof(DateInputValue))
        {
            return new DateInputModelBinder(null);
        }

        if (type == typeof(DateOnly) || type == typeof(DateOnly?))
        {
            var loggerFactory = (Microsoft.Extensions.Logging.ILoggerFactory)context.Services.GetService(typeof(Microsoft.Extensions.Logging.ILoggerFactory))!;
            return new DateInputModelBinder(new Microsoft.AspNetCore.Mvc.ModelBinding.Binders.SimpleTypeModelBinder(type, loggerFactory));
        }

        return null;
    }
}
