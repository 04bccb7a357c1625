import { Layout } from './components/layout.tsx';
import { CheckReturn } from './pages/check-return.tsx';

/** Pages by path. The platform's signed-in pages join this as they are built. */
export function App() {
  return (
    <Layout title="Check a return">
      <CheckReturn />
    </Layout>
  );
}
