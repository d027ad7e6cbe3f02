using System.Buffers;
using System.Text;

namespace ServiceStandard.Kernel.Text;

/// <summary>
/// Does to a JSON text's UTF-8 bytes, on their way to <paramref name="inner"/>, what
/// <see cref="UntrustedText.EscapeInJson"/> does to the text: every hidden character written as its
/// <c>\u</c> escape. With it a serializer writes straight to the file, and evidence.json of hundreds
/// of pages (85 KB a page on the bench corpus) is never held whole as a string and its escaped copy,
/// which put 85 MB on the peak of a 300-page run (issue 18, BENCHMARKS.md). The inner stream stays
/// the caller's to flush and dispose.
/// </summary>
public sealed class JsonHiddenCharacterEscapingStream(Stream inner) : Stream
{
    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    // The start of a character that a write split from its end: at most three bytes of it.
    private readonly byte[] _pending = new byte[4];
    private int _pendingLength;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (_pendingLength > 0 && !buffer.IsEmpty)
        {
            _pending[_pendingLength++] = buffer[0];
            buffer = buffer[1..];
            if (Rune.DecodeFromUtf8(_pending.AsSpan(0, _pendingLength), out _, out _) != OperationStatus.NeedMoreData || _pendingLength == _pending.Length)
            {
                var joined = _pending.AsSpan(0, _pendingLength).ToArray();
                _pendingLength = 0;
                Escape(joined);
            }
        }

        Escape(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // A text that ended inside a character: what there was of it, as the string version keeps it.
        if (disposing && _pendingLength > 0)
        {
            inner.Write(_pending.AsSpan(0, _pendingLength));
            _pendingLength = 0;
        }

        base.Dispose(disposing);
    }

    private void Escape(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        var i = 0;
        Span<char> units = stackalloc char[2];
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                inner.Write(bytes[start..i]);
                bytes[i..].CopyTo(_pending);
                _pendingLength = bytes.Length - i;
                return;
            }

            if (status == OperationStatus.Done && UntrustedText.IsHidden(rune))
            {
                inner.Write(bytes[start..i]);
                foreach (var unit in units[..rune.EncodeToUtf16(units)])
                {
                    // \uXXXX, upper-case hex as EscapeInJson writes it.
                    ReadOnlySpan<byte> escape = [(byte)'\\', (byte)'u', Hex[(unit >> 12) & 0xF], Hex[(unit >> 8) & 0xF], Hex[(unit >> 4) & 0xF], Hex[unit & 0xF]];
                    inner.Write(escape);
                }

                start = i + consumed;
            }

            i += Math.Max(1, consumed);
        }

        inner.Write(bytes[start..]);
    }
}
