window.loaded.push('rooted');
