// Builds the add-in: the task pane, the ribbon's function file and the CSV worker, with ts-loader
// (type-checked, only the bundled files). Production rewrites the manifest's https://localhost:3000/
// URLs to ADDIN_PUBLIC_URL. The dev server serves HTTPS on port 3000 only under `webpack serve`.

const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PROD_URL = process.env.ADDIN_PUBLIC_URL || 'https://service-array.example.org/';

function productionUrl() {
  if (!/^https:\/\/[^\s]+\/$/.test(PROD_URL)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending in "/", got "${PROD_URL}"`);
  return PROD_URL;
}

/** Dev-server URLs become the public ones; a bare origin (AppDomain) becomes the public origin. */
function rewriteManifest(xml, publicUrl) {
  const origin = new URL(publicUrl).origin;
  return xml.replace(/https:\/\/localhost:3000(\/?)/g, (_, slash) => (slash ? publicUrl : origin));
}

/** The desktop dev certificate when office-addin-dev-certs is installed; else a self-signed one. */
async function httpsOptions() {
  try {
    const certs = require('office-addin-dev-certs');
    return { type: 'https', options: await certs.getHttpsServerOptions() };
  } catch {
    return { type: 'https' };
  }
}

/** Test only (`--env withStub`): the fake `office.js` the browser test serves, built outside dist/. */
function stubConfig(fast) {
  return {
    mode: 'development',
    devtool: false,
    target: ['web', 'es2020'],
    entry: { 'office-stub': './src/excel/fake/office-stub.ts' },
    output: { path: path.resolve(__dirname, 'build', 'office-stub'), filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule(false, fast)] },
  };
}

function tsRule(dev, fast) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    loader: 'ts-loader',
    options: {
      configFile: path.resolve(__dirname, 'tsconfig.json'),
      onlyCompileBundledFiles: true,
      // The tests type-check the whole tree with tsc first, so their build may skip it.
      transpileOnly: fast,
      compilerOptions: { module: 'es2020', moduleResolution: 'bundler', sourceMap: dev, noEmit: false },
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const app = await appConfig(env, argv);
  return env.withStub ? [app, stubConfig(Boolean(env.fast))] : app;
};

async function appConfig(env, argv) {
  const dev = argv.mode !== 'production';
  const fast = Boolean(env.fast);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const publicUrl = dev ? DEV_URL : productionUrl();
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
      'csv-worker': './src/taskpane/snapshot/csv-worker.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', globalObject: 'self', clean: true },
    // No Node built-ins are polyfilled: an accidental `node:` import fails the build.
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule(dev, fast)] },
    performance: { hints: dev ? false : 'error', maxEntrypointSize: 900 * 1024, maxAssetSize: 900 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'node_modules/office-ui-fabric-core/dist/css/fabric.min.css', to: 'fabric.min.css' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), publicUrl)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, 'dist') },
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await httpsOptions(),
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
}
