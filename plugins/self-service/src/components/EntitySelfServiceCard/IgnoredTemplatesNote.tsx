import { IconButton, Tooltip, Typography } from '@material-ui/core';
import InfoIcon from '@material-ui/icons/InfoOutlined';
import { ignoredTemplatesText } from '../../lib/format';
import { InvalidTemplate } from '../../lib/templates';

/**
 * A quiet note that some templates were skipped because their annotation is malformed, with
 * the reasons on hover or focus: template authors find out without anyone reading logs.
 */
export function IgnoredTemplatesNote(props: { templates: InvalidTemplate[] }) {
  const { templates } = props;
  const reasons = (
    <ul>
      {templates.map(t => (
        <li key={t.ref}>
          {t.title} ({t.ref}): {t.reason}
        </li>
      ))}
    </ul>
  );
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      {ignoredTemplatesText(templates.length)}
      <Tooltip title={reasons}>
        <IconButton size="small" aria-label="Why templates were ignored">
          <InfoIcon fontSize="inherit" />
        </IconButton>
      </Tooltip>
    </Typography>
  );
}
