package org.skillsguide.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Slack's Socket Mode end on loopback (Netty, already on the classpath through Micronaut): accepts
 * the bot's WebSocket, says {@code hello}, sends envelopes and collects what the bot sends back.
 */
final class FakeSocketModeServer implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final Channel server;
    private final CompletableFuture<Channel> connection = new CompletableFuture<>();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();

    FakeSocketModeServer() throws InterruptedException {
        server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(
                                new HttpServerCodec(),
                                new HttpObjectAggregator(1 << 20),
                                new WebSocketServerProtocolHandler("/link", null, true, 1 << 20, false, true),
                                new Frames());
                    }
                })
                .bind("127.0.0.1", 0)
                .sync()
                .channel();
    }

    String url() {
        return "ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/link/?ticket=fake";
    }

    void awaitConnection(Duration timeout) throws Exception {
        connection.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void send(String envelope) throws Exception {
        connection.get(10, TimeUnit.SECONDS).writeAndFlush(new TextWebSocketFrame(envelope)).sync();
    }

    /** The acknowledgement of {@code envelopeId} (other messages wait for their own await). */
    JsonObject awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        BlockingQueue<JsonObject> others = new LinkedBlockingQueue<>();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonObject message = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new AssertionError("envelope " + envelopeId + " was not acknowledged within " + timeout);
                }
                if (message.has("envelope_id") && envelopeId.equals(message.get("envelope_id").getAsString())) {
                    return message;
                }
                others.add(message);
            }
        } finally {
            others.drainTo(received);
        }
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            received.add(JsonParser.parseString(frame.text()).getAsJsonObject());
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                ctx.writeAndFlush(new TextWebSocketFrame("{\"type\":\"hello\",\"num_connections\":1,"
                        + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":18060},"
                        + "\"connection_info\":{\"app_id\":\"A1\"}}"));
                connection.complete(ctx.channel());
            }
            super.userEventTriggered(ctx, event);
        }
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
