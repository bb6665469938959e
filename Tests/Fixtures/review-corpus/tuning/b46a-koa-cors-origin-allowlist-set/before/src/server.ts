import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import session from 'koa-session';
import { router } from './routes';

const app = new Koa();
app.keys = [process.env.SESSION_KEY ?? ''];

app.use(
  cors({
    origin: process.env.WEB_ORIGIN ?? 'https://app.quillnote.com',
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  }),
);
app.use(session({ sameSite: 'none', secure: true }, app));
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(Number(process.env.PORT ?? 4000));
