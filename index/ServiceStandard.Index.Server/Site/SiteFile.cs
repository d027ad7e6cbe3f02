namespace ServiceStandard.Index.Server.Site;

/// <summary>One file of the public site: a page, an open data file or an asset, at its path relative to the site's root.</summary>
public sealed record SiteFile(string Path, byte[] Content, string ContentType);
