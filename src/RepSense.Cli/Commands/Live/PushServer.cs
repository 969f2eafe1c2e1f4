using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using RepSense.Ingest;
using RepSense.Ingest.Live;

namespace RepSense.Cli.Commands.Live;

/// <summary>
/// A minimal HTTP endpoint for Sensor Logger's push: listens on http://ADDRESS:PORT/ (127.0.0.1 unless told
/// otherwise), parses each POST's body (<see cref="SensorLoggerMessage.Parse"/>), answers at once (200, or 400 with
/// one sentence saying what was expected when the body is not a push) and hands the message on, bad ones included,
/// one at a time, in the order received. Other methods get 405. With a token, a request that does not carry it (as
/// the query parameter <c>token</c>, or an <c>Authorization: Bearer</c> header) gets 401 and goes no further.
/// </summary>
internal sealed class PushServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[]? _token;
    private readonly Action<string> _warn;

    /// <param name="port">The TCP port.</param>
    /// <param name="address">The IP address to listen on (<see cref="IsAddress"/>); null for 127.0.0.1.</param>
    /// <param name="token">The token every request must carry; null for none.</param>
    /// <param name="warn">Told, in one sentence, about the first request refused for want of the token.</param>
    public PushServer(int port, string? address, string? token, Action<string> warn)
    {
        var ip = IPAddress.Parse(address ?? "127.0.0.1");
        string host = ip.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString();
        EveryAddress = ip.Equals(IPAddress.Any);
        Url = string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}/");
        _token = token is null ? null : Encoding.UTF8.GetBytes(token);
        _warn = warn;
        // "+" takes every IPv4 address; an HttpListener on Linux needs no URL reservation for it, root or not.
        _listener.Prefixes.Add(EveryAddress ? string.Create(CultureInfo.InvariantCulture, $"http://+:{port}/") : Url);
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new RepSenseException($"{Url} could not be listened on: {ex.Message.TrimEnd('.')} (is the port in use?).", ex);
        }
    }

    /// <summary>Where it listens, as messages name it: http://127.0.0.1:8765/.</summary>
    public string Url { get; }

    /// <summary>Whether it listens on every IPv4 address of the machine (0.0.0.0).</summary>
    public bool EveryAddress { get; }

    /// <summary>Requests refused (401) for want of the token.</summary>
    public int Refused { get; private set; }

    /// <summary>Whether <paramref name="address"/> is an IP address to listen on: one of this machine's, or 0.0.0.0
    /// for every IPv4 one. Not ::, which the listener cannot serve (it matches a request's Host against its own).</summary>
    public static bool IsAddress(string address) => IPAddress.TryParse(address, out var ip) && !ip.Equals(IPAddress.IPv6Any);

    /// <summary>Serves until <paramref name="stop"/> is cancelled, calling <paramref name="onMessage"/> with each
    /// POST's message once it has been answered.</summary>
    public void Run(Action<SensorLoggerMessage> onMessage, CancellationToken stop)
    {
        long received = 0;
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = _listener.GetContextAsync().WaitAsync(stop).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var (request, response) = (context.Request, context.Response);
            if (!Authorised(request))
            {
                if (Refused++ == 0)
                    _warn($"{Url}: a request from {request.RemoteEndPoint?.Address} without the token was refused (401); " +
                          "the push URL needs ?token=… at its end");
                Answer(response, HttpStatusCode.Unauthorized, "This push server needs its token: add ?token=… to the push URL.");
                continue;
            }
            SensorLoggerMessage? message = null;
            if (request.HttpMethod == "POST")
            {
                using var reader = new StreamReader(request.InputStream, request.ContentEncoding ?? Encoding.UTF8);
                message = SensorLoggerMessage.Parse(reader.ReadToEnd(), ++received);
            }
            if (message is null) Answer(response, HttpStatusCode.MethodNotAllowed, null);
            else if (message.Error is { } error) Answer(response, HttpStatusCode.BadRequest, error + ".");
            else Answer(response, HttpStatusCode.OK, null);
            if (message is not null) onMessage(message);
        }
    }

    private bool Authorised(HttpListenerRequest request)
    {
        if (_token is null) return true;
        const string bearer = "Bearer ";
        string? given = request.QueryString["token"];
        if (given is null && request.Headers["Authorization"] is { } authorization && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
            given = authorization[bearer.Length..].Trim();
        // Compared in constant time: how long a wrong token takes to refuse must not tell how much of it was right.
        return given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token);
    }

    private static void Answer(HttpListenerResponse response, HttpStatusCode status, string? text)
    {
        response.StatusCode = (int)status;
        byte[] body = text is null ? [] : Encoding.UTF8.GetBytes(text + "\n");
        if (text is not null) response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    public void Dispose() => _listener.Close();
}
