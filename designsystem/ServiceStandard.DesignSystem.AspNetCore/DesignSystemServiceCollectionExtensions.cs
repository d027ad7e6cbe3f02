using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ServiceStandard.DesignSystem.AspNetCore.Binding;

namespace ServiceStandard.DesignSystem.AspNetCore;

public static class DesignSystemServiceCollectionExtensions
{
    /// <summary>
    /// What the tag helpers need from MVC: the date input's binder, first so a DateOnly posted as
    /// day, month and year is bound from them (anything else still goes to ASP.NET's own binder).
    /// </summary>
    public static IServiceCollection AddDesignSystem(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new DateInputModelBinderProvider()));
        return services;
    }
}
