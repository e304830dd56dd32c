import { fireEvent, render, screen } from '@testing-library/react';
import { FormField } from './FormField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

const DAYS = [
  { id: 1, label: 'Monday' },
  { id: 2, label: 'Tuesday' },
];

describe('SelectField', () => {
  it('hands back the chosen option id as a number when the ids are numbers', () => {
    const onChange = jest.fn();
    render(
      <SelectField
        id="day"
        label="Day"
        options={DAYS}
        value={1}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2' } });
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('offers an empty first choice that hands back "", or a prompt that cannot be chosen', () => {
    const onChange = jest.fn();
    const { rerender } = render(
      <SelectField
        id="who"
        label="Who"
        empty={{ label: 'Nobody' }}
        options={[{ id: 'user:default/alice', label: 'Alice' }]}
        value="user:default/alice"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('option', { name: 'Nobody' })).toBeEnabled();
    fireEvent.change(screen.getByLabelText('Who'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith('');

    rerender(
      <SelectField
        id="who"
        label="Who"
        empty={{ label: 'Choose a person', disabled: true }}
        options={[{ id: 'user:default/alice', label: 'Alice' }]}
        value=""
        onChange={onChange}
      />,
    );
    expect(
      screen.getByRole('option', { name: 'Choose a person' }),
    ).toBeDisabled();
  });
});

describe('FormField', () => {
  it('hands its owner the new text', () => {
    const onChange = jest.fn();
    render(<FormField id="name" label="Name" value="" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Name'), {
      target: { value: 'PoTW' },
    });
    expect(onChange).toHaveBeenCalledWith('PoTW');
  });

  it('keeps the label above a time input, which draws its own placeholder', () => {
    const { container } = render(
      <>
        <FormField
          id="at"
          label="At"
          type="time"
          value=""
          onChange={() => {}}
        />
        <FormField id="what" label="What" value="" onChange={() => {}} />
      </>,
    );
    const shrunk = (id: string) =>
      container
        .querySelector(`label[for="${id}"]`)
        ?.classList.contains('MuiInputLabel-shrink');
    expect(shrunk('at')).toBe(true);
    expect(shrunk('what')).toBe(false);
  });
});

describe('NumberField', () => {
  it('is a number input with the given lower bound and step', () => {
    render(
      <NumberField
        id="effort"
        label="Effort"
        min={0}
        step={5}
        value=""
        onChange={() => {}}
      />,
    );
    const input = screen.getByLabelText('Effort');
    expect(input).toHaveAttribute('type', 'number');
    expect(input).toHaveAttribute('min', '0');
    expect(input).toHaveAttribute('step', '5');
  });
});
