// The embed layout's styles, fetched only by a framed page (see useEmbedLayout).
import './embed.css';
