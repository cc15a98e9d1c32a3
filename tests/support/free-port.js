// A free TCP port on 127.0.0.1: bind port 0, read what the kernel chose, release it.
// There is a small window in which another process could take it; callers that bind it soon after are fine.
const net = require('node:net');

const handedOut = new Set();

function bindZero() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves to a loopback port no other caller in this process has been given. */
async function freePort() {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = await bindZero();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('free-port: could not find an unused port on 127.0.0.1 in 20 attempts');
}

module.exports = { freePort };
