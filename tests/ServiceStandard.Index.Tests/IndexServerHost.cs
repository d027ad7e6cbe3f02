using Microsoft.AspNetCore.Builder;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Server;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// The real index server on Kestrel at a free 127.0.0.1 port, over a fresh database of one kind,
/// with two institutions (mop, central; quito, municipal), a service each and a token each.
/// </summary>
public sealed class IndexServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IndexServerHost(WebApplication app, IIndexStore store, string db, string mopToken, string quitoToken, string mopTokenId)
    {
        _app = app;
        Store = store;
        Db = db;
        MopToken = mopToken;
        QuitoToken = quitoToken;
        MopTokenId = mopTokenId;
        BaseUrl = new Uri(app.Urls.First() + "/");
    }

    public IIndexStore Store { get; }

    public string Db { get; }

    public Uri BaseUrl { get; }

    public string MopToken { get; }

    public string MopTokenId { get; }

    public string QuitoToken { get; }

    public static async Task<IndexServerHost> StartAsync(string kind, Func<IndexServerOptions, IndexServerOptions>? configure = null)
    {
        var db = await TestDatabases.CreateAsync(kind);
        var store = IndexStores.Open(db);
        await store.MigrateAsync(CancellationToken.None);
        await store.AddInstitutionAsync(new Institution("mop", "Ministry of Public Works", "Ministerio de Obras Públicas", InstitutionLevel.Central, null), CancellationToken.None);
        await store.AddInstitutionAsync(new Institution("quito", "Quito", "Quito", InstitutionLevel.Municipal, "Pichincha"), CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos de obra", null, null), CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("quito", "licencias", "Licencias", null, null), CancellationToken.None);
        var mop = AccessTokens.Issue("mop", DateTimeOffset.UtcNow);
        var quito = AccessTokens.Issue("quito", DateTimeOffset.UtcNow);
        await store.AddTokenAsync(mop.Record, CancellationToken.None);
        await store.AddTokenAsync(quito.Record, CancellationToken.None);

        var options = new IndexServerOptions(store, ["http://127.0.0.1:0"]) { UploadsPerWindow = 10_000 };
        var app = await IndexServer.BuildAsync(configure?.Invoke(options) ?? options, CancellationToken.None);
        await app.StartAsync();
        return new IndexServerHost(app, store, db, mop.Token, quito.Token, mop.Record.Id);
    }

    public Uri UploadUrl(string institution, string service) => new(BaseUrl, $"api/v1/institutions/{institution}/services/{service}/assessments");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
    }
}
