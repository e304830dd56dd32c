import { Entity } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';
import ChatIcon from '@material-ui/icons/Chat';
import EmailIcon from '@material-ui/icons/Email';
import LinkIcon from '@material-ui/icons/Link';
import { contactLinks } from '../../lib/people';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  link: { display: 'inline-flex', alignItems: 'center' },
  icon: { fontSize: '1rem', marginRight: theme.spacing(0.5) },
}));

function ContactIcon(props: { type?: string; className: string }) {
  if (props.type === 'email') return <EmailIcon className={props.className} />;
  if (props.type === 'chat') return <ChatIcon className={props.className} />;
  return <LinkIcon className={props.className} />;
}

/** Ways to reach a person now: their e-mail and the links of their user entity. */
export function ContactLinks(props: { person?: Entity; name: string }) {
  const classes = useStyles();
  const links = contactLinks(props.person);
  if (links.length === 0) return null;
  return (
    <ul className={classes.list} aria-label={`Contact ${props.name}`}>
      {links.map(link => (
        <li key={link.url}>
          <Link to={link.url} className={classes.link}>
            <ContactIcon type={link.type} className={classes.icon} />
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
