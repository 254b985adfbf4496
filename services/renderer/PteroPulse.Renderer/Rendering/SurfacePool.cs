using System.Collections.Concurrent;
using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// Drawing surfaces kept between renders. A fresh 600×300 surface is 720 KB of native memory the OS must hand over
/// and zero on first touch, and it showed up in profiles (bench/PteroPulse.Benchmarks `profile`), so surfaces are
/// reused; the native heap also stops churning, which keeps the footprint flat over long runs. At most
/// <see cref="MaxKept"/> are kept (the consumer's concurrency limit is lower), so memory stays bounded.
/// </summary>
internal sealed class SurfacePool : IDisposable
{
    public const int MaxKept = 8;

    private readonly ConcurrentBag<SKSurface> _kept = [];

    public SKSurface Rent(SKImageInfo info)
    {
        while (_kept.TryTake(out var surface))
        {
            if (surface.Canvas.DeviceClipBounds.Width == info.Width && surface.Canvas.DeviceClipBounds.Height == info.Height)
            {
                return surface;
            }

            surface.Dispose();
        }

        return SKSurface.Create(info) ?? throw new InvalidOperationException($"Could not create a {info.Width}×{info.Height} surface.");
    }

    public void Return(SKSurface surface)
    {
        if (_kept.Count < MaxKept)
        {
            surface.Canvas.RestoreToCount(1);
            surface.Canvas.ResetMatrix();
            _kept.Add(surface);
        }
        else
        {
            surface.Dispose();
        }
    }

    public void Dispose()
    {
        while (_kept.TryTake(out var surface))
        {
            surface.Dispose();
        }
    }
}
