using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// The CPU time the current thread has used. On a busy shared machine wall time also counts the
/// time other processes held the CPU, and a long run is interrupted more often than a short one,
/// which biases a ratio of the two; thread CPU time does not. Linux only (clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID); elsewhere it falls back to wall time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static TimeSpan Now => IsCpuTime && TryRead(out var time) ? time : Stopwatch.GetElapsedTime(0);

    private static bool TryRead(out TimeSpan time)
    {
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) == 0)
            {
                time = TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not a glibc/musl system: use wall time.
        }

        time = TimeSpan.Zero;
        return false;
    }

    // DllImport rather than LibraryImport: the struct is blittable, and LibraryImport needs unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
