using System.Security.Cryptography;
using System.Text;

namespace SampleService.CodeDefects;

/// <summary>Password hashing for a staff sign-in that was never built. Never called.</summary>
internal static class StaffPasswords
{
    // PLANTED DEFECT SS0004 (expected-findings.yml): MD5 used to hash passwords.
    internal static string HashPassword(string password) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
}
