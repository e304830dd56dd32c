import { LinkButton } from '@backstage/core-components';
import { makeStyles, Typography } from '@material-ui/core';
import { SelfServiceTemplate } from '../../lib/templates';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 0),
  },
  text: { flex: 1, minWidth: 0 },
}));

/** The templates that apply to the entity, each with a link that opens it pre-filled. */
export function TemplateList(props: {
  templates: SelfServiceTemplate[];
  linkTo: (template: SelfServiceTemplate) => string;
}) {
  const classes = useStyles();
  return (
    <ul className={classes.list} aria-label="Templates for this entity">
      {props.templates.map(template => (
        <li key={template.ref} className={classes.item}>
          <div className={classes.text}>
            <Typography variant="subtitle2" component="span" display="block">
              {template.title}
            </Typography>
            {template.description && (
              <Typography variant="body2" color="textSecondary">
                {template.description}
              </Typography>
            )}
          </div>
          {/* Several rows say "Launch"; the label says which template each one opens. MUI
              gives a button-styled router link the button role; it navigates, so it is a link. */}
          <LinkButton
            to={props.linkTo(template)}
            role="link"
            aria-label={`Launch ${template.title}`}
            variant="outlined"
            color="primary"
            size="small"
          >
            Launch
          </LinkButton>
        </li>
      ))}
    </ul>
  );
}
