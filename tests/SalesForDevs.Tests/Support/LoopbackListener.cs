using System.Net;
using System.Net.Sockets;

namespace SalesForDevs.Tests.Support;

/// <summary>Starts an HttpListener on 127.0.0.1 at a free port, for test servers.</summary>
public static class LoopbackListener
{
    public static (HttpListener Listener, int Port) Start()
    {
        // HttpListener cannot bind port 0, so ask the system for a free port and take it at once; retry if taken meanwhile.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }
}
