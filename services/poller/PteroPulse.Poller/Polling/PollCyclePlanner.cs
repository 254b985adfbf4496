namespace PteroPulse.Poller.Polling;

/// <summary>
/// Fits the polling cycle to the key's rate limit. Per minute the poller may spend the limit minus the reserve,
/// less what the list refreshes cost (one request per 100 servers each time); whatever remains is shared by the
/// servers. If N servers at the interval need more, the cycle lengthens to N ÷ remaining minutes.
/// </summary>
public static class PollCyclePlanner
{
    public static PollPlan Plan(int serverCount, TimeSpan interval, double? budgetPerMinute, TimeSpan listRefreshInterval)
    {
        if (budgetPerMinute is not { } budget || serverCount == 0)
        {
            return new PollPlan(interval, false, int.MaxValue, null);
        }

        var listPerMinute = Math.Ceiling(serverCount / 100.0) / listRefreshInterval.TotalMinutes;
        var available = Math.Max(1, budget - listPerMinute);
        var perServerPerMinute = TimeSpan.FromMinutes(1) / interval;
        var sustainable = (int)Math.Floor(available / perServerPerMinute);
        if (serverCount <= sustainable)
        {
            return new PollPlan(interval, false, sustainable, (int)Math.Round(budget));
        }

        var cycle = TimeSpan.FromMinutes(serverCount / available);
        return new PollPlan(cycle, true, sustainable, (int)Math.Round(budget));
    }
}
