import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import session from 'koa-session';
import { router } from './routes';

const app = new Koa();
app.keys = [process.env.SESSION_KEY ?? ''];

// web app + the new docs site both call the API with the session cookie
const allowedOrigins = new Set(
  (process.env.CORS_ORIGINS ?? 'https://app.quillnote.com,https://docs.quillnote.com')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
);

app.use(
  cors({
    origin: (ctx) => {
      const requestOrigin = ctx.get('Origin');
      return allowedOrigins.has(requestOrigin) ? requestOrigin : '';
    },
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  }),
);
app.use(session({ sameSite: 'none', secure: true }, app));
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(Number(process.env.PORT ?? 4000));
