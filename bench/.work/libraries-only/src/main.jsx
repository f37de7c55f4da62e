import { createRoot } from 'react-dom/client';
import { BrowserRouter, Routes, Route, Link, useLocation } from 'react-router';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { QueryClient, QueryClientProvider, useQuery, useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
const Wire = z.array(z.object({ id: z.string(), name: z.nullish(z.string()), start: z.optional(z.string()) }));
const userManager = new UserManager({ authority: 'http://localhost:8082', client_id: 'c', redirect_uri: 'http://localhost:4173/', userStore: new WebStorageStateStore({ store: sessionStorage }) });
function List() {
  const auth = useAuth();
  const location = useLocation();
  const mutation = useMutation({ mutationFn: async () => 1 });
  const query = useQuery({ queryKey: ['x'], queryFn: async () => Wire.parse(await (await fetch('/x', { headers: { Authorization: auth.user?.access_token ?? '' } })).json()) });
  return <div onClick={() => mutation.mutate()}>{location.pathname}{query.data?.map((x) => <p key={x.id}>{x.name}</p>)}<button onClick={() => auth.signinRedirect()}>Log in</button><Link to="/a">a</Link></div>;
}
createRoot(document.getElementById('root')).render(<AuthProvider userManager={userManager}><QueryClientProvider client={new QueryClient()}><BrowserRouter><Routes><Route path="*" element={<List />} /></Routes></BrowserRouter></QueryClientProvider></AuthProvider>);
