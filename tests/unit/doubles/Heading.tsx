import type {HTMLAttributes, ReactNode} from 'react';

type Props = {as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'} & HTMLAttributes<HTMLHeadingElement>;

/** Stands in for @theme/Heading: the bare heading element, without the anchor link. */
export default function Heading({as: Tag, ...rest}: Props): ReactNode {
  return <Tag {...rest} />;
}
