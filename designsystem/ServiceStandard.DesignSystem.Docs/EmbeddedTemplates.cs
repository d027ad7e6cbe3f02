using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace ServiceStandard.DesignSystem.Docs;

/// <summary>The docs site's Liquid templates and partials ({% render 'inline' %}), read from the assembly's embedded resources.</summary>
internal sealed class EmbeddedTemplates : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = Path.GetFileName(subpath);
        if (!name.EndsWith(".liquid", StringComparison.Ordinal))
        {
            name += ".liquid";
        }

        return new Template(name);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedTemplates).Assembly.GetManifestResourceStream("docs/" + name)
            ?? throw new InvalidOperationException($"docs/{name} is missing from the assembly.");
        return new StreamReader(stream).ReadToEnd();
    }

    private sealed class Template(string name) : IFileInfo
    {
        private readonly Lazy<byte[]?> _bytes = new(() =>
        {
            using var stream = typeof(EmbeddedTemplates).Assembly.GetManifestResourceStream("docs/" + name);
            if (stream is null)
            {
                return null;
            }

            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        });

        public bool Exists => _bytes.Value is not null;

        public long Length => _bytes.Value?.Length ?? -1;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes.Value ?? throw new FileNotFoundException(name));
    }
}
