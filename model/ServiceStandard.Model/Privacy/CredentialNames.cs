namespace ServiceStandard.Model.Privacy;

/// <summary>
/// Whether a query or form parameter's name says it carries a credential (password, token, code,
/// secret, key and their usual spellings). The words that are common inside other names
/// (<c>key</c>, <c>code</c>, <c>pin</c>, <c>sig</c>) count only as whole words of the name, so
/// <c>postcode</c> and <c>monkey</c> keep their values while <c>api_key</c>, <c>auth-code</c> and
/// <c>resetToken</c> do not.
/// </summary>
public static class CredentialNames
{
    // Anywhere in the name: nobody names a non-secret field "...password..." or "...token...".
    private static readonly string[] Contained =
        ["password", "passwd", "passphrase", "passcode", "secret", "token", "apikey", "credential", "privatekey", "clientsecret"];

    // Only as a whole word of the name (split at punctuation and at lower-to-upper case changes).
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "pwd", "pass", "key", "code", "otp", "pin", "auth", "authorization", "sig", "signature", "session", "sessionid", "sid", "jwt", "mfa", "totp",
    };

    public static bool IsCredential(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        foreach (var word in Contained)
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in SplitWords(name))
        {
            if (Words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> SplitWords(string name)
    {
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = !char.IsLetterOrDigit(c) || (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]));
            if (startsWord && word.Length > 0)
            {
                yield return word.ToString().ToLowerInvariant();
                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString().ToLowerInvariant();
        }
    }
}
