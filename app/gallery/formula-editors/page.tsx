import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { EquationInput } from '@/components/formula/EquationInput';
import { Num } from '@/components/notebook/Num';
import { UpdateRuleEditor } from '@/components/formula/UpdateRuleEditor';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';

export const metadata: Metadata = { title: 'Your own loss and update rule — gallery' };

const params = {
  objective: { kind: 'formula', value: '(x^2/10 + y^2)/2', label: 'loss f(x, y)' },
  rule: {
    kind: 'rule',
    value: 'v = beta*v + grad(w - lr*beta*v)\nw = w - lr*v',
    label: 'update rule',
  },
  alpha: { value: 1, min: 0.01, max: 3, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.5, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
  steps: { value: 40, min: 5, max: 200, step: 1, label: 'epochs' },
  start: { value: [-3.5, 1.5], label: 'start point' },
};

export default function FormulaEditorsGallery() {
  return (
    <GalleryPage
      title="Your own loss and update rule"
      params={params}
      intro={
        <>
          Edit the loss surface or the update rule; the figure follows once you apply it. Step size
          α = <Num name="alpha" />, momentum β = <Num name="beta" />.
        </>
      }
    >
      <p>
        <EquationInput name="objective" />
      </p>
      <UpdateRuleEditor name="rule" />
      <ContourTrajectories formula="objective" rule="rule" runs={['gd', 'heavy-ball']} />
    </GalleryPage>
  );
}
