namespace SampleService.Infrastructure;

/// <summary>Matches the two variants of the journey: <c>good</c> (clean) and <c>bad</c> (planted defects).</summary>
public sealed class VariantRouteConstraint : IRouteConstraint
{
    public const string Good = "good";
    public const string Bad = "bad";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && value is Good or Bad;
    }
}
